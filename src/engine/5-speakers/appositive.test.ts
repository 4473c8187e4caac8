import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Appositives with a place inside: "a scientist at the lab in Austin, Texas, said". */
const ROWS: Row[] = [
  [
    'a city and its state inside the appositive',
    '“The ice is thinner than we thought,” lead author Mara Holt, a glaciologist at the survey office in Boulder, Colorado, said in a statement.',
    [['Mara Holt', 'The ice is thinner than we thought,']],
  ],
  [
    'a second place joined by "and"',
    '“The ice is thinner than we thought,” lead author Mara Holt, a glaciologist at the survey office in Boulder, Colorado, and the state college in Denver, Colo., said on Monday.',
    [['Mara Holt', 'The ice is thinner than we thought,']],
  ],
  [
    'not a place: a name after an organisation',
    'A spokesman for Norvale, Jane Roe, said the plant would close.',
    [['Jane Roe', 'the plant would close.']],
  ],
  [
    'not a place: a name after a month',
    'In a letter sent in May, Ada Quist, the head of the growers’ union, said prices had collapsed.',
    [['Ada Quist', 'prices had collapsed.']],
  ],
];

describe('appositives with places', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
