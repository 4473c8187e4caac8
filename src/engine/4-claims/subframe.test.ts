import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A reporting clause inside an opening subordinate clause ends at that clause's comma. */
const ROWS: Row[] = [
  [
    'while, with a role before the name',
    'While city spokeswoman Dana Orlov said the closure was temporary, the bridge stayed shut all year.',
    [['Dana Orlov', 'the closure was temporary']],
  ],
  [
    'although, with a common-noun subject',
    'Although the ministry said the talks were productive, no agreement was signed.',
    [['ministry', 'the talks were productive']],
  ],
  [
    'when, before the main clause',
    'When the senator said the bill was dead, shares in the builder fell.',
    [['senator', 'the bill was dead']],
  ],
  [
    'a lead conjunction before the subordinator',
    'But while analysts say the merger is done, investors remain wary.',
    [['analysts', 'the merger is done']],
  ],
  [
    'a coordinated subject whose first member the phrase leaves out',
    'While the regional watchdog and city officials say the dam is safe, residents are leaving.',
    [['city officials', 'the dam is safe']],
  ],
  [
    'a verb between the subordinator and the subject: not this shape',
    'When the old mill closed, workers said the town died.',
    [['workers', 'the town died.']],
  ],
];

const NEGATIVE: Array<[name: string, text: string]> = [
  ['a condition reports nothing', 'If the minister said the plan was ready, nobody believed him.'],
  ['unless', 'Unless the board says the sale is off, the deal closes on Friday.'],
];

describe('subordinate reporting clauses', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('%s', (_name, text) => {
    expect(simplify([text])).toEqual([]);
  });
});
