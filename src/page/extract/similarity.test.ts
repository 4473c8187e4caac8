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
    const chars = 'aZ 9.-_:"\'(x)Q';
    let seed = 5;
    for (let k = 0; k < 400; k++) {
      let text = '';
      for (let i = 0; i < k % 23; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += chars[seed % chars.length];
      }
      expect(words(text), text).toEqual(unicodeWords(text.toLowerCase()));
    }
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
