import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** The author's ", so + new clause" after a reported claim is not part of it. */
const ROWS: Row[] = [
  [
    '", so maybe he\'s" ends the claim',
    'The mayor has said he has an open mind about the bridge, so maybe he’s dropping his old plan.',
    [['mayor', 'he has an open mind about the bridge']],
  ],
  [
    '", so" + a noun subject and a past verb ends the claim',
    'The court has ruled that the tax is lawful, so the new levy raised fears among shop owners.',
    [['court', 'the tax is lawful']],
  ],
  [
    'not: "so it is" carries the speaker’s reasoning on',
    'The warden said mosquitoes breed in standing water, so it is wise to empty old buckets.',
    [['warden', 'mosquitoes breed in standing water, so it is wise to empty old buckets.']],
  ],
  [
    'not: "so we" is the speaker’s own',
    'The coach said the pitch was wet, so we moved the game indoors.',
    [['coach', 'the pitch was wet, so we moved the game indoors.']],
  ],
  [
    'not: "so" inside a quotation stays',
    'The coach said “the pitch was wet, so the players stayed indoors.”',
    [['coach', 'the pitch was wet, so the players stayed indoors.']],
  ],
];

describe('so clause end', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
