import { describe, expect, it } from 'vitest';
import { endsWithText } from './word-end';

describe('endsWithText answers as String.prototype.endsWith', () => {
  it.each([
    ['officials', 's', true],
    ['asked', 'ed', true],
    ['asking', 'ing', true],
    ['ing', 'ing', true],
    ['café', 'é', true],
    ['word', '', true],
    ['', '', true],
    ['official', 's', false],
    ['ask', 'ed', false],
    ['ng', 'ing', false],
    ['', 's', false],
    ['Mayors', 'S', false],
    ['cafe', 'é', false],
  ])('%s ends with %s → %s', (word, suffix, expected) => {
    expect(endsWithText(word, suffix)).toBe(expected);
    expect(word.endsWith(suffix)).toBe(expected);
  });
});
