import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A second report joined by ", and" with its own subject ends the first claim. */
const ROWS: Row[] = [
  [
    '", and another 27 percent said" ends the first claim',
    'A majority of the members said it has, and another 27 percent said the plan had been somewhat effective.',
    [['A majority of the members', 'it has']],
  ],
  [
    '", and a noun subject" + a reporting verb ends the first claim',
    'The mayor said the bridge would reopen in May, and the engineers warned it needed repairs.',
    [
      ['mayor', 'the bridge would reopen in May'],
      ['engineers', 'it needed repairs.'],
    ],
  ],
  [
    'not: a verb that reports nothing goes on with the claim',
    'The mayor said the bridge would reopen in May, and the ferry stopped running in June.',
    [['mayor', 'the bridge would reopen in May, and the ferry stopped running in June.']],
  ],
  [
    'not: "and" with no comma joins nouns ("monkeys and humans shows")',
    'The mayor said work on both roads and bridges shows progress.',
    [['mayor', 'work on both roads and bridges shows progress.']],
  ],
  [
    'not: a report inside the quotation stays in it (and is nested)',
    'The mayor said “the bridge will reopen, and the engineers said it is safe.”',
    [
      ['mayor', 'the bridge will reopen, and the engineers said it is safe.'],
      ['engineers', 'it is safe.'],
    ],
  ],
];

describe('second report', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
