import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { quotedTitleStart } from './quoted-title';
import { simplify } from '../testing/simplify';

/** The words from where the phrase opens to the word `head`, the phrase's first word as scanned. */
function opened(text: string, head: string): string {
  const block = buildBlockModel(0, 'paragraph', text);
  const at = block.tokens.findIndex((t) => t.lower === head);
  const from = quotedTitleStart(block, at, 0);
  return block.tokens
    .slice(from, at + 1)
    .map((t) => t.text)
    .join(' ');
}

describe('quotedTitleStart', () => {
  it.each([
    ['Later the “Blue Harbor” singer said it was over.', 'singer', 'the “ Blue Harbor ” singer'],
    ['Then her "Night Ferry" co-star said no.', 'co-star', 'her " Night Ferry " co-star'],
    // No determiner before the title, or no title at all: the phrase stays as scanned.
    ['Fans of “Blue Harbor” singer Ann Lee said so.', 'singer', 'singer'],
    ['The “” singer said so.', 'singer', 'singer'],
    ['The singer said so.', 'singer', 'singer'],
    // A capitalised word after the title is a name, read by the name rules.
    ['The “Blue Harbor” Lee said so.', 'lee', 'Lee'],
  ])('%s', (text, head, want) => {
    expect(opened(text, head)).toBe(want);
  });
});

describe('a speaker phrase across a quoted title', () => {
  it.each([
    [
      [
        'Nora Quist ended her engagement in July.',
        'But the “Blue Harbor” singer said the break was only temporary.',
      ],
      [['Nora Quist', 'the break was only temporary.']],
    ],
  ])('%s', (input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
