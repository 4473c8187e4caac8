import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "to which" after a closing quote ends the quoted claim; elsewhere it changes nothing. */
const ROWS: Row[] = [
  [
    '"to which" after a quoted question ends the claim at its quote',
    'The coach asked, “is the pitch too wet to play?” to which nobody had an answer.',
    [['coach', 'is the pitch too wet to play?']],
  ],
  [
    '"at which" after a comma and a closing quote also ends it',
    'The baker said, “we will open at six every day,” at which the crowd cheered loudly.',
    [['baker', 'we will open at six every day,']],
  ],
  [
    '"to which" inside an unquoted claim stays part of it',
    'The mayor said the plan, to which the council agreed, would cut traffic.',
    [['mayor', 'the plan, to which the council agreed, would cut traffic.']],
  ],
];

describe('reply relative', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
