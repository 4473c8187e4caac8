import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A subject described by a relative clause with no relative pronoun ("the farmers we met"). */
const ROWS: Row[] = [
  [
    'a contact clause ending in a stranded preposition',
    'Many of the growers I spoke to said the harvest was ruined.',
    [['Many of the growers', 'the harvest was ruined.']],
  ],
  [
    'a contact clause before a bare plural verb',
    'The growers we interviewed say the harvest is ruined.',
    [['growers', 'the harvest is ruined.']],
  ],
  [
    'a reporting verb inside the contact clause reports nothing',
    'The growers we talked with said the harvest was ruined.',
    [['growers', 'the harvest was ruined.']],
  ],
  ['not: an infinitive after "to"', 'The growers wanted to say the harvest was ruined.', []],
  [
    'not: a pronoun subject with its own object',
    'Yesterday we interviewed growers and buyers at the market.',
    [],
  ],
];

describe('subjects with a contact clause', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
