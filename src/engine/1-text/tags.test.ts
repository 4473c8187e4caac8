import { describe, expect, it } from 'vitest';
import { buildBlockModel } from './model';

/** The tag of `word` in `text` (its first occurrence). */
function tagOf(text: string, word: string): string | undefined {
  const block = buildBlockModel(0, 'paragraph', text);
  const i = block.tokens.findIndex((t) => t.text === word);
  return block.tags[i];
}

describe('tagTokens', () => {
  it.each([
    ['a verb form after a determiner is a noun', 'The report was late.', 'report', 'noun'],
    ['a bare verb form after "of" is a noun', 'A flurry of work shows it.', 'work', 'noun'],
    ['a bare verb form after a possessor is a noun', 'Lee’s work suggested it.', 'work', 'noun'],
    ['a verb after "to" stays a verb', 'They want to work here.', 'work', 'verb'],
    ['a past form after a possessor stays a verb', 'Smith’s aide reported it.', 'reported', 'verb'],
    ['an -ing form after "of" stays a verb', 'The cost of working rose.', 'working', 'verb'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});
