import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, speaker: string];

/** A nickname in quotation marks inside a name is part of the speaker's name. */
const ROWS: Row[] = [
  [
    'a nickname after an inverted verb',
    '"The ice is thinning," said Mara "Mo" Holt, one of the lead authors.',
    'Mara "Mo" Holt',
  ],
  [
    'a nickname in curly marks before the verb',
    'Tomas “Big Tom” Lind said the team would win.',
    'Tomas “Big Tom” Lind',
  ],
  [
    'not: a quoted word after the name is a claim, not a nickname',
    'Tomas Lind said "Yes" to the offer.',
    'Tomas Lind',
  ],
];

describe('nicknames in a speaker name', () => {
  it.each(ROWS)('%s', (_name, input, speaker) => {
    expect(simplify([input]).map((r) => r.speaker)).toEqual([speaker]);
  });
});
