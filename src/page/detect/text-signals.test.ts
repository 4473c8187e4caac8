import { describe, expect, it } from 'vitest';
import {
  countReportingPhrases,
  countVoice,
  isDatelineLine,
  opensWithDateline,
} from './text-signals';

describe('opensWithDateline', () => {
  const cases: Array<[string, boolean]> = [
    ['LONDON — After nearly 20 years of hostile relations, the government plans', true],
    ['MOSCOW (AP) — An unmanned Russian cargo spaceship broke up', true],
    ['PARIS, April 4. /TASS/. France needs to cooperate with any country', true],
    ['SAN FRANCISCO — The company said on Monday', true],
    ['The minister said on Tuesday — in a long speech — that', false],
    ['I think — and you may disagree — that this is fine', false],
    ['WASHINGTON, D.C. — Lawmakers met on Monday', true],
    ['NEW YORK CITY AREA NEWS — five words before the dash', false],
    ['UK — two letters are not a place', false],
    ['Berlin — a place not in capitals', false],
    ['SÃO PAULO — accented capitals', true],
    ['', false],
  ];
  it.each(cases)('%s', (text, expected) => expect(opensWithDateline(text)).toBe(expected));
});

describe('isDatelineLine', () => {
  const cases: Array<[string, boolean]> = [
    ['BAAR, SWITZERLAND', true],
    ['SAN JOSE, CALIF.', true],
    ['NEW YORK, NEW YORK, USA', true],
    ['ADVERTISEMENT', false],
    ['BREAKING NEWS', false],
    ['Baar, Switzerland', false],
    ['PARIS, April 4', false],
    ['A, B, C, D', false],
    ['ONE, TWO, THREE, FOUR', false],
    ['NEW YORK CITY METRO AREA, USA', false],
    [`${'LONDON, '.repeat(6)}UK`, false],
    [',', false],
    ['', false],
  ];
  it.each(cases)('%s', (text, expected) => expect(isDatelineLine(text)).toBe(expected));
});

describe('countReportingPhrases', () => {
  const cases: Array<[string, number]> = [
    ['The minister said the talks were useful, officials said.', 2],
    ['According to the ministry, nothing happened. She told reporters so.', 2],
    ['A recipe for bread with no speech at all.', 0],
    ['外交部发言人表示，记者会上', 2],
  ];
  it.each(cases)('%s', (text, expected) => expect(countReportingPhrases(text)).toBe(expected));
});

describe('countVoice', () => {
  const cases: Array<[string, number, number]> = [
    ["I think you're right and we should go", 8, 3],
    ['The minister said the talks were useful', 7, 0],
    ['', 0, 0],
    ['I\u2019ve told YOU: we\u2019re here', 5, 2],
    ['Our café, your call', 4, 2],
    ["'quoted' us, then ourselves", 4, 1],
    ['unbelievably-long-words-only', 4, 0],
    ["rock ' n ' roll, 'we' said", 5, 0],
    ['  --  ', 0, 0],
  ];
  it.each(cases)('%s', (text, words, personal) =>
    expect(countVoice(text)).toEqual({ words, personal }),
  );
});
