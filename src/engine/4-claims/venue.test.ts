import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A venue with a quoted title after the verb is where words were said, not what was said. */
const ROWS: Row[] = [
  [
    'a programme title after "said ... on"',
    'Senator Ada Park said Sunday on “Meet the Voters” on WXYZ.',
    [],
  ],
  [
    'a quoted claim after the venue still reports',
    'Senator Ada Park said on Sunday that the bill “will not pass this year.”',
    [['Ada Park', 'the bill “will not pass this year.”']],
  ],
  [
    'a quoted stretch after a preposition that holds a verb is a claim',
    'Senator Ada Park said of the plan, “It will not pass this year.”',
    [['Ada Park', 'It will not pass this year.']],
  ],
];

describe('a venue phrase after the reporting verb', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
