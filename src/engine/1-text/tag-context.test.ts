import { describe, expect, it } from 'vitest';
import { buildBlockModel } from './model';

/** The tag of `word` in `text` (its first occurrence). */
function tagOf(text: string, word: string): string | undefined {
  const block = buildBlockModel(0, 'paragraph', text);
  const i = block.tokens.findIndex((t) => t.text === word);
  return block.tags[i];
}

describe('headBeforePast: a suffix-adjective before a past form heads the subject', () => {
  it.each([
    [
      'an "-al" head before an irregular past',
      'A port official said the ship left.',
      'official',
      'noun',
    ],
    ['and the past stays a verb', 'A port official said the ship left.', 'said', 'verb'],
    ['an "-ent" head before an "-ed" past', 'The resident warned us twice.', 'warned', 'verb'],
    ['an "-est" head before a past', 'His chest showed a shadow.', 'showed', 'verb'],
    [
      'an "-ed" participle before a noun stays a modifier',
      'The brutal armed gangs fled.',
      'brutal',
      'adj',
    ],
    [
      'a bare form after an adjective is still a noun',
      'A political report came out.',
      'report',
      'noun',
    ],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('quantifierSubject: a lone quantifier is the subject of the verb after it', () => {
  it.each([
    ['"Some" and a past with a clause after', 'Some said they were tired.', 'said', 'verb'],
    ['"Many" and a bare form with "that" after', 'Many believe that it works.', 'believe', 'verb'],
    [
      'a participle modifying a noun stays a noun',
      'Some reported cases were mild.',
      'reported',
      'noun',
    ],
    [
      'a plural after a quantifier is a noun',
      'Several reports showing it came.',
      'reports',
      'noun',
    ],
    ['an ordinary determiner keeps its noun', 'The report that we saw.', 'report', 'noun'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('"I" mid-sentence', () => {
  it.each([
    ['after a comma', 'Yes, I said it.', 'I', 'pron'],
    ['after "that"', 'She knew that I left.', 'I', 'pron'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('documentHeadAfterArticle: a document noun after "a" and a noun heads the compound', () => {
  it.each([
    ['"post" after "a" and a noun', 'A forum post said so.', 'post', 'noun'],
    ['"report" after "an" and a noun', 'An agency report said so.', 'report', 'noun'],
    ['not after "the"', 'The blogs post news.', 'post', 'verb'],
    ['not a non-document word', 'A man sells a house.', 'sells', 'verb'],
    ['not an inflected form', 'A clerk reported it.', 'reported', 'verb'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('infinitiveAfterTo: an unknown word after "to" is a verb where an infinitive fits', () => {
  it.each([
    ['after a verb taking an infinitive', 'The firm wants to attract buyers.', 'attract', 'verb'],
    ['after an inflected one', 'She declined to pardon anyone.', 'pardon', 'verb'],
    ['after a noun taking one', 'A bid to abolish fees stalled.', 'abolish', 'verb'],
    ['after an adjective taking one', 'They were unable to evacuate.', 'evacuate', 'verb'],
    ['with an object after it', 'He rode north to rescue his cousin.', 'rescue', 'verb'],
    ['after a person as object', 'She urged them to abandon ship.', 'abandon', 'verb'],
    ['a verb ending like a noun', 'Prices are likely to influence votes.', 'influence', 'verb'],
    ['a person as object, then a place', 'He took us to dinner.', 'dinner', 'noun'],
    ['a place after "to" stays a noun', 'The crew returned to camp quickly.', 'camp', 'noun'],
    ['a plural stays a noun', 'She spoke to voters this morning.', 'voters', 'noun'],
    ['an abstract noun stays a noun', 'Both sides agreed to mediation.', 'mediation', 'noun'],
    ['a noun before a time phrase', 'He walked to school yesterday.', 'school', 'noun'],
    ['a name stays a name', 'Officials want to Brussels soon.', 'Brussels', 'name'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});
