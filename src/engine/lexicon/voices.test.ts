import { describe, expect, it } from 'vitest';
import { MESSAGE_NOUNS, REQUEST_LEMMAS, VOICING_NOUNS, WRITINGS } from './voices';

describe('voicing nouns', () => {
  it.each(['petition', 'letters', 'protests', 'demonstrators', 'rallies'])('%s voices', (w) => {
    expect(VOICING_NOUNS.has(w)).toBe(true);
  });
  it.each(['man', 'officials', 'study', 'video'])('%s does not', (w) => {
    expect(VOICING_NOUNS.has(w)).toBe(false);
  });
  it("a writing carries its author's words, a protest does not", () => {
    expect(WRITINGS.has('petition')).toBe(true);
    expect(WRITINGS.has('protesters')).toBe(false);
  });
  it.each([
    ['urge', true],
    ['call for', true],
    ['say', false],
    ['show', false],
  ])('%s requests: %s', (lemma, expected) => {
    expect(REQUEST_LEMMAS.has(lemma)).toBe(expected);
  });
});

describe('message nouns', () => {
  it.each(['tweet', 'post', 'emails', 'certifications', 'graph', 'statement'])(
    '%s carries a claim',
    (w) => {
      expect(MESSAGE_NOUNS.has(w)).toBe(true);
    },
  );
  it.each(['man', 'officials', 'presence', 'protesters'])('%s does not', (w) => {
    expect(MESSAGE_NOUNS.has(w)).toBe(false);
  });
});
