import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** ", and colleagues" after a lead author's titles and affiliation: the author speaks. */
const ROWS: Row[] = [
  [
    'a degree and an affiliation before the team',
    'The drug cut relapses by half, Ruth Ames, MD, of the Leeds General Infirmary, and colleagues found.',
    [['Ruth Ames', 'The drug cut relapses by half']],
  ],
  [
    'a possessive before the team word',
    'Night shifts raised the risk, Tom Baker, PhD, and his co-authors wrote.',
    [['Tom Baker', 'Night shifts raised the risk']],
  ],
  [
    'no comma before "and": the plain conjoined phrase',
    'The drug cut relapses by half, Ruth Ames and colleagues found.',
    [['Ruth Ames', 'The drug cut relapses by half']],
  ],
  ['colleagues who are not a team after a comma', 'She met Ruth Ames, and colleagues.', []],
];

describe('subjectBeforeColleagues', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
