import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Estimates "V X at <figure>": a figure-setting verb, a quantity, "at" and a figure. */
const ROWS: Row[] = [
  [
    'a figure with a currency sign',
    'The auditors put the cost of the repairs at $12 million.',
    [['auditors', 'the cost of the repairs at $12 million.']],
  ],
  [
    '"pegs" with a percentage and a year',
    'The latest survey pegs rental growth at 9 per cent in 2024.',
    [['latest survey', 'rental growth at 9 per cent in 2024.']],
  ],
  [
    'an approximator before the figure',
    'Rescue teams placed the number of missing hikers at about 30 on Monday.',
    [['Rescue teams', 'the number of missing hikers at about 30 on Monday.']],
  ],
  [
    'a longer approximator',
    'The harbour board puts losses at as much as 4 million euros a year.',
    [['harbour board', 'losses at as much as 4 million euros a year.']],
  ],
  ['a place, not a figure, after "at"', 'Marta put the basket at the door.', []],
  [
    'a clock time, not a quantity, after "at"',
    'The clerk placed the files at 9 a.m. on the desk.',
    [],
  ],
  ['a noun after a determiner is no verb', 'The place at 12 Elm Road was sold.', []],
  ['no object before "at"', 'The twins put at 3 o’clock into the harbour.', []],
];

describe('estimates "V X at a figure"', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
