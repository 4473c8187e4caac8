import { describe, expect, it } from 'vitest';
import { CORPORATE_SUFFIXES, ORG_POSSESSIONS, isOrgNameHead } from './organisations';

describe('isOrgNameHead', () => {
  it.each(['watch', 'analytics', 'brothers', 'partners', 'associates', 'holdings'])(
    'a body ends in %s',
    (w) => expect(isOrgNameHead(w)).toBe(true),
  );
  it.each(['smith', 'lee', 'group', 'brown', 'king'])('no body-only last word: %s', (w) =>
    expect(isOrgNameHead(w)).toBe(false),
  );
});

describe('ORG_POSSESSIONS and CORPORATE_SUFFIXES', () => {
  it('hold what only a body has, not what anyone has', () => {
    expect(ORG_POSSESSIONS.has('shares')).toBe(true);
    expect(ORG_POSSESSIONS.has('spokeswoman')).toBe(true);
    expect(ORG_POSSESSIONS.has('wife')).toBe(false);
    expect(ORG_POSSESSIONS.has('book')).toBe(false);
    expect(CORPORATE_SUFFIXES.has('inc')).toBe(true);
    expect(CORPORATE_SUFFIXES.has('jr')).toBe(false);
  });
});
