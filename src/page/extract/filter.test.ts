import { describe, expect, it } from 'vitest';
import type { RawBlock } from './blocks';
import { keepBlock, keepBlocks } from './filter';

function block(
  text: string,
  kind: RawBlock['kind'] = 'paragraph',
  linkChars = 0,
  localName = 'p',
): RawBlock {
  const element = { localName } as Element;
  return { kind, text, linkChars, map: { runs: [], length: text.length }, element };
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
    ['a stock line with a colon', block('Related stories:'), false],
    ['a sentence ending in a colon', block('The minister said:'), true],
    ['a table row of data', block('1 Kyle Busch 5040', 'paragraph', 0, 'tr'), true],
    ['a table row dated', block('Published: 05.15.13, 22:47 / News', 'paragraph', 11, 'tr'), false],
    ['a table row opening "By"', block('By-election turnout 41%', 'paragraph', 0, 'tr'), true],
    ['a slideshow placeholder', block('This slideshow requires JavaScript.'), false],
  ];
  it.each(cases)('%s', (_name, input, kept) => {
    expect(keepBlock(input)).toBe(kept);
  });
});

describe('keepBlocks: a block quote keeps its credit line', () => {
  const QUOTE = block('The console is a bold attempt, and it mostly works.', 'blockquote');
  const cases: Array<[string, RawBlock[], string[]]> = [
    [
      'a bracketed credit, all link, after a block quote',
      [QUOTE, block('[ Daily Gadget ]', 'paragraph', 12)],
      [QUOTE.text, '[ Daily Gadget ]'],
    ],
    [
      'a dashed credit after a block quote',
      [QUOTE, block('\u2014 Harbour Gazette')],
      [QUOTE.text, '\u2014 Harbour Gazette'],
    ],
    [
      'kept out: a bracketed link after a paragraph',
      [block(PROSE), block('[ Daily Gadget ]', 'paragraph', 12)],
      [PROSE],
    ],
    [
      'kept out: a bracketed lower-case label after a block quote',
      [QUOTE, block('[ video ]', 'paragraph', 5)],
      [QUOTE.text],
    ],
  ];
  it.each(cases)('%s', (_name, input, kept) => {
    expect(keepBlocks(input).map((b) => b.text)).toEqual(kept);
  });
});
