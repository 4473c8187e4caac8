import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A clause-taking verb with no claim of its own inside another claim does not end that claim. */
const ROWS: Row[] = [
  [
    'a that-only verb inside the claim, with no that-clause, is a word of the claim',
    'The planner estimated there are about 300 fairs and markets for crafts held each spring in the county.',
    [
      [
        'planner',
        'there are about 300 fairs and markets for crafts held each spring in the county.',
      ],
    ],
  ],
  [
    'a second verb of the same subject still ends the claim',
    'Many farmers agree the drought has hurt them and support the council’s plan to ration water.',
    [['Many farmers', 'the drought has hurt them']],
  ],
  [
    'a pronoun’s verb after a concession still ends the claim',
    "The mayor praised the volunteers for their long hours, though she noted the park's dwindling budget.",
    [['mayor', 'the volunteers for their long hours']],
  ],
];

describe('idle clause inside a claim', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
