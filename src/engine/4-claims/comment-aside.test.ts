import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** The author's summing-up after a comma ends the claim; the claim's own appositives stay. */
const ROWS: Row[] = [
  [
    'an admission after the claim, before a trailing cue',
    'The army could no longer guard the northern roads, a rare admission, says the mayor.',
    [['mayor', 'The army could no longer guard the northern roads']],
  ],
  [
    '"in a sign of" after the claim',
    'The mayor said the harbour had reopened to ferries, in a cautious sign of recovery.',
    [['mayor', 'the harbour had reopened to ferries']],
  ],
  [
    'a move that ... after the claim',
    'The bakery said it would close two shops in March, a move that will cost 40 jobs.',
    [['bakery', 'it would close two shops in March']],
  ],
  [
    'a finding that ... after a reported result',
    'Her lab showed the enzyme can block the virus too, a finding that opens the way to new drugs.',
    [['Her lab', 'the enzyme can block the virus too']],
  ],
  [
    'a finding named inside the claim stays',
    'The panel said the finding, a discovery few had expected, would be published in June.',
    [['panel', 'the finding, a discovery few had expected, would be published in June.']],
  ],
  [
    'an appositive on a thing stays',
    'The mayor said the prize went to Harwick, a quiet town on the coast.',
    [['mayor', 'the prize went to Harwick, a quiet town on the coast.']],
  ],
  [
    'a comment noun with no complete claim before it stays',
    'The mayor said the merger, a move few had expected, would pass in June.',
    [['mayor', 'the merger, a move few had expected, would pass in June.']],
  ],
  [
    'a quoted comment noun stays',
    'The mayor said the talks had “failed, a sad admission” for the town.',
    [['mayor', 'the talks had “failed, a sad admission” for the town.']],
  ],
  [
    'a comment noun with a relative clause ends the claim, whatever the tags before',
    'The governor asked the court to delay the vote, a move that critics called a stalling tactic.',
    [['governor', 'the court to delay the vote']],
  ],
  [
    'an example of something sums up the claim',
    'The firm says it will open a plant in Ohio next year, an example of its push into the Midwest.',
    [['firm', 'it will open a plant in Ohio next year']],
  ],
  [
    'a thing described by its own relative clause stays',
    'The agency said the plant burns sulfur, a chemical that can irritate the lungs.',
    [['agency', 'the plant burns sulfur, a chemical that can irritate the lungs.']],
  ],
];

describe('comment aside', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
