import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** The writer's own "we think" after a reported claim is not part of it. */
const ROWS: Row[] = [
  [
    '", and we think" ends the claim',
    'Sailors have long argued for a second ferry, and we think the council will agree to it.',
    [['Sailors', 'for a second ferry']],
  ],
  [
    '", but I suspect" ends the claim',
    'The mayor said the bridge would reopen in May, but I suspect it will take longer.',
    [['mayor', 'the bridge would reopen in May']],
  ],
  [
    'not: a quoted "we think" is the speaker’s',
    'The mayor said “the bridge is safe, and we think it will reopen in May.”',
    [['mayor', 'the bridge is safe, and we think it will reopen in May.']],
  ],
  [
    'not: "we" with another verb goes on with the claim',
    'The mayor said the ferry would run all winter, and we will see more boats.',
    [['mayor', 'the ferry would run all winter, and we will see more boats.']],
  ],
];

describe('author stance', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
