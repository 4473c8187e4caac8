import { describe, expect, it } from 'vitest';
import { INVERSION_VERBS } from './inversion';

/** Verbs that may come before their speaker ("..., said the mayor"), and verbs whose object follows. */
describe('INVERSION_VERBS', () => {
  it.each(['say', 'add', 'explain', 'write', 'ask', 'joke', 'insist', 'observe'])('%s', (w) => {
    expect(INVERSION_VERBS.has(w)).toBe(true);
  });
  it.each(['tell', 'praise', 'demand', 'offer', 'notify', 'describe', 'cite', 'blame'])(
    '%s is not one',
    (w) => {
      expect(INVERSION_VERBS.has(w)).toBe(false);
    },
  );
});
