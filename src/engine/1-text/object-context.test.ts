import { describe, expect, it } from 'vitest';
import { buildBlockModel } from './model';

/** The tag of `word` in `text` (its first occurrence). */
function tagOf(text: string, word: string): string | undefined {
  const block = buildBlockModel(0, 'paragraph', text);
  const i = block.tokens.findIndex((t) => t.text === word);
  return block.tags[i];
}

describe('pluralObjectAfterPast: a plural "-s" form right after a past verb is its object', () => {
  it.each([
    ['before "of"', 'The magazine reported details of the new tour.', 'details', 'noun'],
    ['before a comma', 'The probe found traces, the agency said.', 'traces', 'noun'],
    ['after an irregular past', 'The survey found signs of strain.', 'signs', 'noun'],
    [
      'a verb after a reduced participle stays a verb',
      'The man injured says he fell.',
      'says',
      'verb',
    ],
    ['a verb-only form stays a verb', 'The girl interviewed insists on it.', 'insists', 'verb'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('participleAfterAdverb: "-ed" after an article and an adverb modifies a noun', () => {
  it.each([
    ['a graded participle', 'They saw a nearly doubled rate.', 'doubled', 'adj'],
    ['and the noun after it', 'They saw a nearly doubled rate.', 'rate', 'noun'],
    ['a possessor opens the phrase', 'Her recently published paper is long.', 'published', 'adj'],
    [
      'no article: the adverb qualifies a verb',
      'Prices nearly doubled last year.',
      'doubled',
      'verb',
    ],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('participleAfterPast: "-ed" between a past verb and a noun modifies the object', () => {
  it.each([
    [
      'before a plural noun',
      'The bank reported adjusted profits of $2 billion.',
      'adjusted',
      'adj',
    ],
    ['after an irregular past', 'The scan found enlarged glands.', 'enlarged', 'adj'],
    [
      'a past before a pronoun stays a verb',
      'The coach wanted signed forms, and asked them.',
      'asked',
      'verb',
    ],
    ['no past verb before it', 'The firm has adjusted prices.', 'adjusted', 'verb'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});
