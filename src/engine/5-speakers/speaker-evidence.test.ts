import { describe, expect, it } from 'vitest';
import { knownName } from '../testing/names';
import type { KnownName } from './known-names';
import { loneSpeakerIsPerson } from './speaker-evidence';

const known = (name: string, person = true): KnownName => knownName(name, [], person);

/** The article's full names: Dana Verhoek (a person) and Brightwell Labs (not one). */
const names = new Map(
  [known('Dana Verhoek'), known('Brightwell Labs', false)].map((k) => [k.name.toLowerCase(), k]),
);

describe('loneSpeakerIsPerson', () => {
  it.each([
    // A surname of one of the article's people: "Verhoek said" is Dana Verhoek.
    ['Verhoek', true],
    // A user name's shape: a capital or a digit inside the word.
    ['QuietOtter', true],
    ['moth42', true],
    // A bare word that spoke, with no person evidence: a company as often as a person.
    ['Quorvex', false],
    ['Brightwell', false],
    ['Labs', false],
  ])('%s → %s', (name, expected) => {
    expect(loneSpeakerIsPerson(name, names)).toBe(expected);
  });
});
