import { describe, expect, it } from 'vitest';
import { buildBlockModel } from './model';
import { firstTokenFrom } from './token-offset';

describe('firstTokenFrom', () => {
  const block = buildBlockModel(0, 'paragraph', 'Ann Lee said it, twice.');
  it.each([
    ['the first token', 0, 0],
    ['inside a word: the next token', 1, 1],
    ['at a word', 4, 1],
    ['at the comma', 15, 4],
    ['past the end', 99, block.tokens.length],
  ])('%s', (_label, offset, index) => {
    expect(firstTokenFrom(block, offset)).toBe(index);
  });
});
