import { describe, expect, it } from 'vitest';
import { LEDE, speakersOf } from '../testing/lede';

describe('an "a" role phrase whose holder a sentence of their own introduces', () => {
  it.each([
    [
      'named in a paragraph where they do not speak, then quoted',
      [
        ...LEDE,
        'A marine engineer who inspected the hull says the boat could sail for years.',
        'Ivo Brandt is a 41-year-old engineer from the next town.',
        'Brandt says the council never asked him.',
      ],
      ['Ivo Brandt', 'Ivo Brandt'],
    ],
    [
      'named after a paragraph of background in between',
      [
        ...LEDE,
        'An expert on ferries says small towns lose the most.',
        'Such routes rarely pay for themselves.',
        'Ivo Brandt of the Coastal Institute says few are ever replaced.',
      ],
      ['Ivo Brandt', 'Ivo Brandt'],
    ],
    [
      'a holder of the role named before the phrase: the newcomer named next',
      [
        'Engineer Ada Holm said the ferry was sound.',
        ...LEDE,
        'An engineer who inspected the hull says the boat could sail for years.',
        'Ivo Brandt is a 41-year-old engineer from the next town.',
        'Brandt says the council never asked him.',
      ],
      ['Ada Holm', 'Ivo Brandt', 'Ivo Brandt'],
    ],
  ])('%s', (_label, texts, expected) => {
    expect(speakersOf(texts)).toEqual(expected);
  });

  it.each([
    [
      'a person named only three paragraphs on is someone else',
      [
        ...LEDE,
        'An expert on ferries says small towns lose the most.',
        'Such routes rarely pay for themselves.',
        'Most were built before the war.',
        'Ivo Brandt is a 41-year-old engineer from the next town.',
        'Brandt says few are ever replaced.',
      ],
    ],
    [
      'a person named before the phrase is not its holder',
      [
        ...LEDE,
        'Ivo Brandt is a 41-year-old engineer from the next town.',
        'An expert on ferries says small towns lose the most.',
        'Brandt says few are ever replaced.',
      ],
    ],
  ])('%s', (_label, texts) => {
    expect(speakersOf(texts)[0]).not.toBe('Ivo Brandt');
  });
});
