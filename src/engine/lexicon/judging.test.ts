import { describe, expect, it } from 'vitest';
import { ADVERBIAL_NOUNS, SMALL_CLAUSE_FORMS, WORTH_NOUNS } from './judging';

describe('judging verbs without "as"', () => {
  it.each([
    ['considers', 'consider'],
    ['deemed', 'deem'],
  ])('%s is a form of %s', (form, lemma) => {
    expect(SMALL_CLAUSE_FORMS.get(form)).toBe(lemma);
  });

  it.each(['considering', 'regarded', 'thinks'])('%s is not listed', (form) => {
    expect(SMALL_CLAUSE_FORMS.has(form)).toBe(false);
  });

  it('tells a noun of worth from an adverbial noun', () => {
    expect(WORTH_NOUNS.has('importance')).toBe(true);
    expect(WORTH_NOUNS.has('time')).toBe(false);
    expect(ADVERBIAL_NOUNS.has('time')).toBe(true);
    expect(ADVERBIAL_NOUNS.has('win')).toBe(false);
  });
});
