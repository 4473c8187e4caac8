import { describe, expect, it } from 'vitest';
import { grammaticalPerson } from './grammatical-person';

/** First and second person words, contractions included, and words that are neither. */
describe('grammaticalPerson', () => {
  it.each([
    ['i', 1],
    ["i'm", 1],
    ['i’ve', 1],
    ['we’re', 1],
    ['our', 1],
    ['myself', 1],
    ['you', 2],
    ['you’ve', 2],
    ["you'd", 2],
    ['your', 2],
    ['yourself', 2],
  ])('%s is person %i', (w, want) => {
    expect(grammaticalPerson(w)).toBe(want);
  });
  it.each(['he', 'they', 'it’s', 'youth', 'mystery', 'weather', 'us-based', "'tis"])(
    '%s is neither',
    (w) => {
      expect(grammaticalPerson(w)).toBeNull();
    },
  );
});
