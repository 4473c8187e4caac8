import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A told or written thing moved in front of its speaker leaves no claim after the verb. */
const ROWS: Row[] = [
  [
    'a story the speaker is telling, then the main verb',
    'There is every reason to think the story the mayor is telling doesn’t hold up.',
    [],
  ],
  [
    'not: a speaker opening the sentence keeps the claim',
    'Councillor Ann Lee told a packed press conference police won’t close the road.',
    [['Ann Lee', 'press conference police won’t close the road.']],
  ],
  [
    'not: a clause-taking verb after a noun is a gap claim',
    'Spending, which the firm says will barely top two billion, is flat.',
    [['firm', 'will barely top two billion']],
  ],
  [
    'not: "told" with an addressee and a clause',
    'The mayor told reporters the bridge would reopen.',
    [['mayor', 'the bridge would reopen.']],
  ],
];

describe('object gaps', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
