import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Where the claim of a naming verb with a quoted label ends. */
const ROWS: Row[] = [
  [
    'a time clause after the labelled phrase is narration',
    'The plan is raising questions about what the mayor calls the "best-ever" bond between the two cities after the two former rivals recently signed a pact.',
    [['mayor', 'the "best-ever" bond between the two cities']],
  ],
  [
    'a time phrase with no clause of its own stays',
    'The plan is raising questions about what the mayor calls the "best-ever" bond between the two cities after the war.',
    [['mayor', 'the "best-ever" bond between the two cities after the war.']],
  ],
  [
    'an adjunct right after the closing mark is cut as before',
    'Senator Ada Park called the bill “a disgrace” on Tuesday.',
    [['Ada Park', 'the bill “a disgrace”']],
  ],
];

describe('the claim of a naming verb', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
