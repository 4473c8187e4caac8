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
    'a quoted programme title after the medium preposition',
    'The dam was built in 1962 when the valley flooded, Dr. Ada Moss explained on "Country Hour."',
    [['Ada Moss', 'The dam was built in 1962 when the valley flooded']],
  ],
  [
    'a time phrase then an event phrase',
    'The app now has nine million users, Acme managers reported in May during their yearly meeting.',
    [['Acme managers', 'The app now has nine million users']],
  ],
  [
    'a noun phrase with "for" inside the adjunct',
    'Exports fell by a third, the ministry noted on its page for investors.',
    [['ministry', 'Exports fell by a third']],
  ],
  [
    'a phrase that goes on to an audience is more than where',
    'The strike is over, the union announced in Oslo to a crowd of workers.',
    [],
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
