import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** An "As X wrote in <venue> in <year>," frame attributes the main clause after the comma. */
const ROWS: Row[] = [
  [
    'a publication after the verb',
    'As Ann Roe wrote in the Harbor Times, the tunnel was never safe.',
    [['Ann Roe', 'the tunnel was never safe.']],
  ],
  [
    'a publication and a year',
    'As the engineer noted in the Valley Post in 2012, the dam leaks every spring.',
    [['engineer', 'the dam leaks every spring.']],
  ],
  [
    'a place after a phrasal verb',
    'As Tom Vale pointed out in Leeds, the buses run late on Sundays.',
    [['Tom Vale', 'the buses run late on Sundays.']],
  ],
  ['an "as" clause of time, no frame', 'As the firm reported losses in Ohio, shares fell.', []],
];

describe('as-frame venue', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
