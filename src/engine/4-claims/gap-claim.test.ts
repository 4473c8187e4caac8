import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A relative clause's predicate claimed by the speaker inside it, only as long as that clause. */
const ROWS: Row[] = [
  [
    '", which X says" closes at its comma',
    'Unlike rail freight, which Acme says will barely grow next year, road haulage is booming.',
    [['Acme', 'will barely grow next year']],
  ],
  [
    '"that analysts say" runs to the end',
    'Sales fell sharply in May, a slump that analysts say might last into the autumn.',
    [['analysts', 'might last into the autumn.']],
  ],
  [
    'a verb that wants a clause takes the predicate too',
    'The referee gave a foul, which the replays showed was a clean tackle.',
    [['replays', 'was a clean tackle.']],
  ],
  [
    'a dash closes the relative clause',
    'Mary Lee opposes the new toll, which she says has hurt farmers \u2013 most of whom drive daily.',
    [['Mary Lee', 'has hurt farmers']],
  ],
  [
    'not a complementiser "that" after a verb',
    'The lawyer argues that many tenants feel let down by the court.',
    [['lawyer', 'many tenants feel let down by the court.']],
  ],
  [
    'not a relative closed before the claim',
    'The latest fines -- which Oslo supported -- were passed in June.',
    [],
  ],
  [
    'not a relative after a preposition',
    'The lakes of which Lee wrote will be as calm as ever this summer.',
    [],
  ],
];

describe('a claim that is a relative clause’s predicate', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
