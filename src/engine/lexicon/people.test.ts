import { describe, expect, it } from 'vitest';
import { ACQUAINTANCES, GIVEN_NAME_TITLES, LETTER_TRANSLITERATIONS, surnameOf } from './people';

/** Lower-cased name → the surname a lone mention of it would use. */
const SURNAMES: Record<string, string> = {
  'ann lee': 'lee',
  'james roosevelt jr': 'roosevelt',
  'sammy davis jr.': 'davis',
  'henry ford ii': 'ford',
  // A regnal name, one name and its number ("Pope Tamon II"): the name, so "Pope Tamon" finds it.
  'tamon ii': 'tamon',
  'olav iv': 'olav',
  // A given name and "Jr." with no family name: only the whole name reaches that person.
  'dale jr.': 'dale jr.',
  'dale sr': 'dale sr',
  // A lone suffix is all there is.
  iii: 'iii',
  okafor: 'okafor',
};

describe('surnameOf', () => {
  it('skips a generational suffix after a name, and only there', () => {
    const got = Object.keys(SURNAMES).map((name) => [name, surnameOf(name.split(' '))]);
    expect(Object.fromEntries(got)).toEqual(SURNAMES);
  });
});

describe('ACQUAINTANCES', () => {
  it('holds nouns for people known through someone, not roles of their own', () => {
    expect(ACQUAINTANCES.has('colleague')).toBe(true);
    expect(ACQUAINTANCES.has('friends')).toBe(true);
    expect(ACQUAINTANCES.has('spokesman')).toBe(false);
    expect(ACQUAINTANCES.has('head')).toBe(false);
  });
});

describe('GIVEN_NAME_TITLES', () => {
  it.each([
    ['sir', true],
    ['dame', true],
    ['mr', false],
    ['president', false],
  ])('%s: %s', (word, want) => {
    expect(GIVEN_NAME_TITLES.has(word)).toBe(want);
  });
});

describe('LETTER_TRANSLITERATIONS', () => {
  it('writes out the letters English copy spells with two, and no plain letter', () => {
    expect(LETTER_TRANSLITERATIONS.get('ü')).toBe('ue');
    expect(LETTER_TRANSLITERATIONS.get('ß')).toBe('ss');
    expect(LETTER_TRANSLITERATIONS.has('é')).toBe(false);
    expect(LETTER_TRANSLITERATIONS.has('u')).toBe(false);
  });
});
