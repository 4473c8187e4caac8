import { describe, expect, it } from 'vitest';
import { genderOf, isFirstName, personNounGender, pronounGender } from './gender';

describe('gender lexicon', () => {
  it.each([
    ['zack', 'male'],
    ['shane', 'male'],
    ['graeme', 'male'],
    ['arlene', 'female'],
    ['jeanne', 'female'],
    ['wanda', 'female'],
    ['mary', 'female'],
    ['james', 'male'],
    ['jean', null],
    ['alex', null],
    ['bassi', null],
  ] as const)('the first name %s shows %s', (name, want) => {
    expect(genderOf(name)).toBe(want);
  });

  it.each([
    ['zack', true],
    ['arlene', true],
    ['jean', true],
    ['will', false],
    ['grant', false],
    ['christian', false],
    ['the', false],
  ] as const)('%s is a first name: %s', (word, want) => {
    expect(isFirstName(word)).toBe(want);
  });

  it('reads a title when the name shows nothing', () => {
    expect(genderOf('kelvar', ['mrs'])).toBe('female');
    expect(genderOf('kelvar', ['spokesman'])).toBe('male');
    expect(genderOf('kelvar', ['mayor'])).toBeNull();
  });

  it.each([
    ['mother', 'female'],
    ['nephew', 'male'],
    ['nurse', null],
  ] as const)('the noun %s shows %s', (word, want) => {
    expect(personNounGender(word)).toBe(want);
  });

  it.each([
    ['she', 'female'],
    ['his', 'male'],
    ['they', null],
  ] as const)('the pronoun %s refers to %s', (word, want) => {
    expect(pronounGender(word)).toBe(want);
  });
});
