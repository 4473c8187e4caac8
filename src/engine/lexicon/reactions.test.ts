import { describe, expect, it } from 'vitest';
import { REACTION_ADJECTIVES, REACTION_FINDINGS } from './reactions';

describe('REACTION_ADJECTIVES', () => {
  it.each(['surprised', 'shocked', 'pleased'])('%s is a reaction', (w) => {
    expect(REACTION_ADJECTIVES.has(w)).toBe(true);
  });
  it.each(['able', 'tired', 'due'])('%s is not', (w) => {
    expect(REACTION_ADJECTIVES.has(w)).toBe(false);
  });
});

describe('REACTION_FINDINGS', () => {
  it.each(['find', 'discover'])('%s reports a finding', (w) => {
    expect(REACTION_FINDINGS.has(w)).toBe(true);
  });
  it.each(['see', 'hear', 'learn'])('%s does not', (w) => {
    expect(REACTION_FINDINGS.has(w)).toBe(false);
  });
});
