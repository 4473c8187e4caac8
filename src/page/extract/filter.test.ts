import { describe, expect, it } from 'vitest';
import type { RawBlock } from './blocks';
import { keepBlock } from './filter';

function block(text: string, kind: RawBlock['kind'] = 'paragraph', linkChars = 0): RawBlock {
  return { kind, text, linkChars, map: { runs: [], length: text.length }, element: {} as Element };
}

const PROSE = 'The minister said on Tuesday that the talks had been useful and would continue.';

describe('keepBlock', () => {
  const cases: Array<[string, RawBlock, boolean]> = [
    ['prose', block(PROSE), true],
    ['a stock line', block('Advertisement'), false],
    ['a stock line in capitals with dots', block('ADVERTISEMENT...'), false],
    ['a stock line, space before the dots', block('Read more .'), false],
    ['a stock line as a list item', block('Related stories', 'listItem'), false],
    ['a stock line inside longer text', block(`Advertisement ${PROSE}`), true],
    ['one character', block('x'), false],
    ['all link', block(PROSE, 'paragraph', PROSE.length), false],
    ['a sentence with a long link in it', block(PROSE, 'paragraph', 50), true],
    [
      'a teaser headline, mostly link',
      block('Man shot at gas station dies at hospital', 'paragraph', 30),
      false,
    ],
    ['a byline', block('By Anna Keller and Pedro Santos'), false],
    ['a long paragraph opening like a byline', block(`By ${PROSE} ${PROSE}`), true],
    ['a short label', block('Video Quality'), false],
    ['a short sentence', block('He left.'), true],
    ['a short label that is a list item', block('Video Quality', 'listItem'), true],
    ['a slideshow placeholder', block('This slideshow requires JavaScript.'), false],
  ];
  it.each(cases)('%s', (_name, input, kept) => {
    expect(keepBlock(input)).toBe(kept);
  });
});
