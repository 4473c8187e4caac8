import { describe, expect, it } from 'vitest';
import { DEMONSTRATIVES } from './words';

/** The demonstratives that point back at a claim ("that is ...", "that suspicion"). */
describe('DEMONSTRATIVES', () => {
  it.each(['that', 'this'])('%s points back', (w) => {
    expect(DEMONSTRATIVES.has(w)).toBe(true);
  });
  it.each(['these', 'the', 'which'])('%s does not', (w) => {
    expect(DEMONSTRATIVES.has(w)).toBe(false);
  });
});
