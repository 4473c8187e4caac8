import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

/**
 * Country and body abbreviations as speakers: "US" is the country, not the pronoun, and the full
 * stop of "U.S." / "U.N." inside a sentence belongs to the name, so the phrase before the verb keeps it.
 */
describe('abbreviated names as speakers', () => {
  it.each([
    [
      '"US" is not the pronoun',
      'US officials say the deal is near.',
      'US officials',
      'the deal is near.',
    ],
    [
      'headline-style "US" subject',
      'US military says two soldiers were hurt.',
      'US military',
      'two soldiers were hurt.',
    ],
    [
      'dotted acronym before the verb',
      'The U.N. said the camp was full.',
      'U.N',
      'the camp was full.',
    ],
    [
      'dotted acronym, another body',
      'The E.U. said the plan was flawed.',
      'E.U',
      'the plan was flawed.',
    ],
  ])('%s', (_name, sentence, speaker, content) => {
    expect(simplify([sentence]).map((r) => [r.speaker, r.content])).toEqual([[speaker, content]]);
  });

  it.each([
    [
      '"the US state of" is a place, not a speaker',
      'A gunman opened fire in the US state of Louisiana, killing two people.',
    ],
    ['lower-case "us" stays a pronoun', 'Let us say the plan works out for everyone.'],
    [
      '"U.S." at the end of a sentence still ends it',
      'The plant moved to the U.S. Workers were sad.',
    ],
  ])('%s', (_name, sentence) => {
    expect(simplify([sentence])).toEqual([]);
  });
});
