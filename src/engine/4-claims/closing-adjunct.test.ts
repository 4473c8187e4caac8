import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type AdjunctRow = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A trailing clause verb followed by a place or medium phrase still closes the sentence. */
const ADJUNCT_ROWS: AdjunctRow[] = [
  [
    'a place after a clause verb',
    'The ferry has stopped running for the winter, our correspondent reports from the island.',
    [['our correspondent', 'The ferry has stopped running for the winter']],
  ],
  [
    'a medium after a past clause verb',
    'Ticket prices will double next season, the club announced on its website.',
    [['club', 'Ticket prices will double next season']],
  ],
  [
    'not a topic object: "about" names what is known, not where',
    'Buyers leave ratings for sellers, letting others know about the quality of the goods.',
    [],
  ],
];

describe('a closing adjunct after a trailing clause verb', () => {
  it.each(ADJUNCT_ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
