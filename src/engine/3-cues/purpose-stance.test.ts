import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Hopes and fears stated as the purpose of the main clause: its subject holds them. */
const ROWS: Row[] = [
  [
    '"with the hope that"',
    'The ferry company added a night crossing, with the hope that tourists would stay longer.',
    [['ferry company', 'tourists would stay longer.']],
  ],
  [
    '"in the hope" and a bare clause',
    'The minister called an early vote in the hope voters would back the plan.',
    [['minister', 'voters would back the plan.']],
  ],
  [
    '"for fear that"',
    'The bank kept its rates low for fear that savers would move their money abroad.',
    [['bank', 'savers would move their money abroad.']],
  ],
  [
    '"in hopes that"',
    'The council delayed the vote in hopes that the two wards would settle.',
    [['council', 'the two wards would settle.']],
  ],
  ['"in the hope of" and a gerund states no claim', 'The band toured in the hope of new fans.', []],
  ['"for fear of" states no claim', 'Parents kept the gate shut for fear of foxes.', []],
  ['a hope owned by no one in the clause', 'There is little hope that the pier will reopen.', []],
];

describe('hopes and fears of purpose', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
