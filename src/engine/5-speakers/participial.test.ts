import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * Subjects with a participle post-modifier (a reduced relative) between them and the verb: the
 * phrase before the participle speaks, never the agent or place inside the modifier. Invented
 * sentences; negative rows keep a main verb or an object from passing for a participle.
 */
const ROWS: Row[] = [
  [
    'a past participle modifier that names no one is part of the source',
    'A lawyer for the tenant named in the suit asked for the hearing to be delayed.',
    [['A lawyer for the tenant named in the suit', 'the hearing to be delayed.']],
  ],
  [
    'a place inside the modifier is not the source',
    'A survey published in The Lantern found that most tenants want longer leases.',
    [['A survey', 'most tenants want longer leases.']],
  ],
  [
    'an agent and a time inside the modifier',
    'Minutes released by the harbour board on Monday show that dredging will resume.',
    [['Minutes', 'dredging will resume.']],
  ],
  [
    'a time phrase right after the participle',
    'A pilot study presented last year showed that the balm eased the rash.',
    [['A pilot study', 'the balm eased the rash.']],
  ],
  [
    'an -ing modifier with its place',
    'Divers working on the wreck say the hull is intact.',
    [['Divers', 'the hull is intact.']],
  ],
  [
    'a leader named in the modifier keeps the phrase whole',
    'A team led by Orla Brenn found that the moss survives frost.',
    [['Orla Brenn', 'the moss survives frost.']],
  ],
  [
    'not a main verb with an object: the object clause has its own subject',
    'Officials confirmed the memo said the bridge was unsafe.',
    [
      ['Officials', 'the memo said the bridge was unsafe.'],
      ['memo', 'the bridge was unsafe.'],
    ],
  ],
  [
    'not a reporting verb in the past right before a noun verb',
    'Both guards said claims that the gate was open were false.',
    [['Both guards', 'claims that the gate was open were false.']],
  ],
  ['not a verb after a preposition', 'Three chapels formed over disputes, largely ignored.', []],
];

describe('subjects before a participle modifier', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
