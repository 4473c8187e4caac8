import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A judgement in a restrictive "who" clause is held by the phrase before "who". */
const ROWS: Row[] = [
  [
    'the last noun phrase before "who", not the phrase it modifies',
    'Her health is a worry for bond traders who see her as the anchor of the market.',
    [['bond traders', 'her as the anchor of the market.']],
  ],
  [
    'a head no source list knows',
    'The council bowed to hundreds of cyclists who denounced the new lanes as a hazard.',
    [['cyclists', 'the new lanes as a hazard.']],
  ],
  [
    'a plain report in a restrictive "who" clause describes the group',
    'Residents who said they were tired of the noise left the meeting early.',
    [],
  ],
];

describe('judgements in a restrictive "who" clause', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
