import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, speaker: string, content: string];

/**
 * A single dash before a trailing "X said": a clause after it is the claim and the words before
 * are the author's; a list or a noun phrase after it only spells the claim out, which keeps them.
 */
const DASH_ROWS: Row[] = [
  [
    'a clause after the dash is the claim',
    'The bakery is doing well this winter — it sold more than 900 loaves on Monday, the owner said.',
    'owner',
    'it sold more than 900 loaves on Monday',
  ],
  [
    'a list after the dash belongs to the claim',
    'The tour will stop in the same four towns as last year — Leeds, Hull, York and Selby, a festival spokeswoman said.',
    'festival spokeswoman',
    'The tour will stop in the same four towns as last year — Leeds, Hull, York and Selby',
  ],
  [
    'a noun phrase after the dash belongs to the claim',
    'The choir will move to a smaller venue next spring — the old town hall on Mill Street, the organisers said.',
    'organisers',
    'The choir will move to a smaller venue next spring — the old town hall on Mill Street',
  ],
];

describe('a claim before a trailing clause, across a single dash', () => {
  it.each(DASH_ROWS)('%s', (_name, text, speaker, content) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toContainEqual([
      expect.stringContaining(speaker),
      content,
    ]);
  });
});
