import { describe, expect, it } from 'vitest';
import { CARDINALS, DEMONSTRATIVES } from './words';

/** The demonstratives that point back at a claim ("that is ...", "that suspicion"). */
describe('DEMONSTRATIVES', () => {
  it.each(['that', 'this'])('%s points back', (w) => {
    expect(DEMONSTRATIVES.has(w)).toBe(true);
  });
  it.each(['these', 'the', 'which'])('%s does not', (w) => {
    expect(DEMONSTRATIVES.has(w)).toBe(false);
  });
});

/** Number words that make the next verb-like word a counted noun ("seven states"). */
describe('CARDINALS', () => {
  it.each(['seven', 'twenty', 'dozens', 'thousands'])('%s counts', (w) => {
    expect(CARDINALS.has(w)).toBe(true);
  });
  it.each(['one', 'the', 'many', 'first'])('%s does not', (w) => {
    expect(CARDINALS.has(w)).toBe(false);
  });
});
