import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "made it (very) clear that ...": "make clear" with the dummy object "it". */
const ROWS: Row[] = [
  [
    'the dummy object between the verb and "clear"',
    'As a candidate, Ines Valdt had made it clear that she would close the port.',
    [['Ines Valdt', 'she would close the port.']],
  ],
  [
    'an adverb of degree before "clear"',
    'The ministry has made it abundantly clear that the tariffs will stay.',
    [['ministry', 'the tariffs will stay.']],
  ],
  ['no clause after "clear"', 'The coach made it clear to the players.', []],
  [
    'a modal looks ahead: nobody has said it yet',
    'More reports would make it clear that the fund was empty.',
    [],
  ],
  ['"made it" with another adjective', 'The rain made it hard to see the road.', []],
];

describe('made it clear', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
