import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { PORTFOLIO_WORDS } from '../lexicon/sources';

type Row = [name: string, text: string, speakers: string[]];

/** "and" inside a portfolio title joins one speaker's title, not two speakers. */
const ROWS: Row[] = [
  [
    'a portfolio title with "and" before a name',
    'Health and Human Services Secretary Mara Quint said the rule would stand.',
    ['Health and Human Services Secretary Mara Quint'],
  ],
  [
    'another portfolio title',
    'Housing and Urban Development Secretary Tom Ewing said the grants were late.',
    ['Tom Ewing'],
  ],
  [
    'not a portfolio: a person and an official are two speakers',
    'Both Smith and Homeland Security Secretary Jeh Okafor said the border was calm.',
    ['Smith', 'Jeh Okafor'],
  ],
  [
    'not a portfolio: two countries',
    'Both Russia and China said the talks would resume.',
    ['Russia', 'China'],
  ],
  [
    'without "both", two countries make one joint claim',
    'Russia and China said the talks would resume.',
    ['China'],
  ],
];

describe('portfolio titles joined by "and"', () => {
  it.each(ROWS)('%s', (_name, text, speakers) => {
    expect(
      simplify([text])
        .map((r) => r.speaker)
        .sort(),
    ).toEqual([...speakers].sort());
  });
  it.each(['health', 'housing', 'homeland'])('%s is a portfolio word', (w) => {
    expect(PORTFOLIO_WORDS.has(w)).toBe(true);
  });
});
