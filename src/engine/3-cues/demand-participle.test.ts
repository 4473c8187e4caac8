import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A request in "-ing" after the noun that voices it. */
const ROWS: Row[] = [
  [
    'a writing as the subject of its demand',
    'Despite two audit reports urging lower bus fares, the city raised them again.',
    [['two audit reports', 'lower bus fares']],
  ],
  [
    'a protest noun with a phrasal request',
    'The strike grew out of rallies calling for a higher minimum wage.',
    [['rallies', 'a higher minimum wage.']],
  ],
  [
    "a writing that is a main verb's object speaks for the main subject",
    "The fishermen's union released a petition calling for a ban on trawling near the reef.",
    [["fishermen's union", 'a ban on trawling near the reef.']],
  ],
  [
    'a person before the verb is left to the verb rules',
    'A man urging calm stood at the gate.',
    [],
  ],
  [
    'a voicing noun before a verb that requests nothing',
    'The posters showing the old harbour were sold out by noon.',
    [],
  ],
];

describe('requests reduced after a voicing noun', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
