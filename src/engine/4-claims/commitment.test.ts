import { describe, expect, it } from 'vitest';
import { classified, type ClassifiedRow as Row } from '../testing/classified';

/** Threats by agents, whose infinitive is the claim. */
const POSITIVE: Row[] = [
  [
    'an institution threatens',
    ['The union threatened to strike over the new rota.'],
    [['union', 'to strike over the new rota.', 'speech']],
  ],
  [
    'a named person threatens, past an adverb',
    ['Okafor had earlier threatened to quit the coalition.'],
    [['Okafor', 'to quit the coalition.', 'speech']],
  ],
  [
    'a plural of people',
    ['The farmers threatened to block the motorway with tractors.'],
    [['farmers', 'to block the motorway with tractors.', 'speech']],
  ],
];

/** Things that threaten, and infinitives of purpose. */
const NEGATIVE: Array<[name: string, input: string[]]> = [
  ['a fire threatens', ['The fire threatened to engulf the whole valley.']],
  ['a dispute threatens', ['The row threatens to derail the peace talks.']],
  ['"it" threatens', ['It threatened to rain all afternoon.']],
];

const ROWS: Row[] = [...POSITIVE, ...NEGATIVE.map(([name, input]): Row => [name, input, []])];

describe('threats with an infinitive, by agents only', () => {
  it.each(ROWS)('%s', (_name, input, expected) => expect(classified(input)).toEqual(expected));
});
