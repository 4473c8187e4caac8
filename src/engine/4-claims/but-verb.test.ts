import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "X did Y but warned Z": a reporting verb after "but" shares the sentence's subject. */
const ROWS: Row[] = [
  [
    'a stance verb after "but"',
    'Ines Marlow toured the new stadium but warned that ticket prices would rise.',
    [['Ines Marlow', 'ticket prices would rise.']],
  ],
  [
    'a joking verb with its addressee and "that"',
    'Ines Marlow hugged the goalkeeper, kidding him that he had saved the season.',
    [['Ines Marlow', 'he had saved the season.']],
  ],
  ['no reporting verb after "but"', 'Ines Marlow toured the stadium but left early.', []],
];

describe('a second verb after "but"', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
