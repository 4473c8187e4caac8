import { describe, expect, it } from 'vitest';
import { surnameOf } from './people';

/** Lower-cased name → the surname a lone mention of it would use. */
const SURNAMES: Record<string, string> = {
  'ann lee': 'lee',
  'james roosevelt jr': 'roosevelt',
  'sammy davis jr.': 'davis',
  'henry ford ii': 'ford',
  // Two words only: no first name to skip past.
  'ford ii': 'ii',
  okafor: 'okafor',
};

describe('surnameOf', () => {
  it('skips a generational suffix after a full name, and only there', () => {
    const got = Object.keys(SURNAMES).map((name) => [name, surnameOf(name.split(' '))]);
    expect(Object.fromEntries(got)).toEqual(SURNAMES);
  });
});
