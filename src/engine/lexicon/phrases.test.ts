import { describe, expect, it } from 'vitest';
import { MEDIUM_NOUNS } from './phrases';

/** Media a claim appears on ("on its website"), not places where something happened. */
describe('medium nouns', () => {
  it.each([
    ['website', true],
    ['episode', true],
    ['page', true],
    ['streets', false],
    ['floor', false],
  ])('%s is a medium: %s', (word, expected) => {
    expect(MEDIUM_NOUNS.has(word)).toBe(expected);
  });

  it('holds lower-cased words only', () => {
    for (const word of MEDIUM_NOUNS) expect(word).toBe(word.toLowerCase());
  });
});
