import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containment, similarity, unicodeWords, words } from './similarity';

describe('words', () => {
  const cases: Array<[string, string[]]> = [
    ['', []],
    [
      'Officials say the talks made progress',
      ['officials', 'say', 'the', 'talks', 'made', 'progress'],
    ],
    ['Macron: 2,000 troops — "not now"', ['macron', '2', '000', 'troops', 'not', 'now']],
    ['U.S.-China talks', ['u', 's', 'china', 'talks']],
    ['Путин заявил 5 мая', ['путин', 'заявил', '5', 'мая']],
    ['Élysée says', ['élysée', 'says']],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('the ASCII path agrees with the any-script path', () => {
    const texts = fc.string({ unit: fc.constantFrom(...'aZ 9.-_:"\'(x)Q'), maxLength: 22 });
    fc.assert(
      fc.property(texts, (text) => {
        expect(words(text), text).toEqual(unicodeWords(text.toLowerCase()));
      }),
      { seed: 5, numRuns: 400 },
    );
  });
});

describe('containment and similarity', () => {
  const cases: Array<[string, string, number, number]> = [
    ['Talks made progress', 'Officials say talks made progress - Site', 1, 0.5],
    ['', 'anything', 0, 0],
    ['one two', 'three four', 0, 0],
  ];
  it.each(cases)('%j in %j', (a, b, contained, symmetric) => {
    expect(containment(a, b)).toBeCloseTo(contained);
    expect(similarity(a, b)).toBeCloseTo(symmetric);
  });
});
