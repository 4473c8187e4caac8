import { describe, expect, it } from 'vitest';
import { HEARER_TO_LEMMAS } from './talk';

describe('verbs whose "to" names the hearer', () => {
  it.each(['complain', 'wonder', 'speak', 'confide'])('%s takes a hearer', (lemma) => {
    expect(HEARER_TO_LEMMAS.has(lemma)).toBe(true);
  });

  it.each(['confess', 'object', 'admit', 'point'])('%s takes its claim after "to"', (lemma) => {
    expect(HEARER_TO_LEMMAS.has(lemma)).toBe(false);
  });
});
