import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** An aside between the verb and its "that" is left out; the "that" clause is the claim. */
const ROWS: Row[] = [
  [
    'an "as" aside',
    'Ann Roe repeated, as she did at the spring hearing, that the dam is safe.',
    [['Ann Roe', 'the dam is safe.']],
  ],
  [
    'an event phrase between commas',
    'Ann Roe said, in a letter to the council, that the dam is safe.',
    [['Ann Roe', 'the dam is safe.']],
  ],
  [
    'not: a relative clause between commas inside the claim',
    'Ann Roe said the dam, which is old, is safe.',
    [['Ann Roe', 'the dam, which is old, is safe.']],
  ],
];

describe('an aside before "that"', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
