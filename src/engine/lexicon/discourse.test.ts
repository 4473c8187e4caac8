import { describe, expect, it } from 'vitest';
import { FRONTED_ADVERBIALS } from './discourse';

/** Fronted discourse adverbials: a quote piece of nothing else is no claim. */
describe('FRONTED_ADVERBIALS', () => {
  it.each(['to be honest', 'right now', 'frankly', 'at the end of the day'])('%s', (w) => {
    expect(FRONTED_ADVERBIALS.has(w)).toBe(true);
  });
  it.each(['no', 'yes', 'just because you won', 'the plan', 'we lost'])('%s is not one', (w) => {
    expect(FRONTED_ADVERBIALS.has(w)).toBe(false);
  });
});
