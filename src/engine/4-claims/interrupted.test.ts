import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** What follows an interrupting attribution: more of the claim, or the author's conclusion. */
const ROWS: Row[] = [
  [
    '"so" after an interrupting source opens the author’s conclusion',
    'Two more bids are still on the table, according to the Courier, so it is likely the council will wait.',
    [['Courier', 'Two more bids are still on the table']],
  ],
  [
    '"thus" after an interrupting source opens the author’s conclusion',
    'The river rose three metres overnight, the mayor said, thus the ferry will not run.',
    [['mayor', 'The river rose three metres overnight']],
  ],
  [
    'a reason clause after a partly quoted claim goes on with it',
    'The plan would be “very cheap”, the mayor said, since the ferry costs more every year.',
    [
      ['mayor', 'The plan would be “very cheap”'],
      ['mayor', 'since the ferry costs more every year.'],
    ],
  ],
  [
    'a quoted part after the source is still the speaker’s',
    '“The river rose overnight,” the mayor said, “so the ferry will not run today.”',
    [
      ['mayor', 'The river rose overnight,'],
      ['mayor', 'so the ferry will not run today.'],
    ],
  ],
];

describe('interrupted claims', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
