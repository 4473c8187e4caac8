import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** The main clause's subject after an opening phrase, for a cue that shares it ("and noted"). */
const ROWS: Row[] = [
  [
    'a long prepositional opener is skipped',
    [
      'In his first online post about the long tour, Dan Moore touched on failure and noted the band would be back.',
    ],
    [['Dan Moore', 'the band would be back.']],
  ],
  [
    'a short time opener is skipped',
    ['Earlier Saturday, Ada Price visited the site and said the bridge was safe.'],
    [['Ada Price', 'the bridge was safe.']],
  ],
  [
    'a long opener that is no prepositional phrase is kept: its name is the subject',
    [
      'Dan Moore, the singer of the band from the north coast town, walked out and said the tour was over.',
    ],
    [['Dan Moore', 'the tour was over.']],
  ],
];

describe('main subject after an opener', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
