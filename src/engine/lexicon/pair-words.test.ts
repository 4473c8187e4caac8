import { describe, expect, it } from 'vitest';
import { PAIR_HEADS, PAIR_NOUNS, PAIR_OPENERS } from './pair-words';

/** The pair lexicon: nouns and heads that refer back to two people, and words that never do. */
describe('pair words', () => {
  it.each([
    ['pair', true],
    ['couple', true],
    ['two', true],
    ['group', false],
    ['team', false],
  ])('"the %s" names a pair: %s', (word, want) => {
    expect(PAIR_NOUNS.has(word)).toBe(want);
  });

  it.each([
    ['men', true],
    ['women', true],
    ['brothers', true],
    ['officials', false],
    ['companies', false],
  ])('"both %s" can be two people: %s', (word, want) => {
    expect(PAIR_HEADS.has(word)).toBe(want);
  });

  it('opens with "both" only', () => {
    expect([...PAIR_OPENERS]).toEqual(['both']);
  });
});
