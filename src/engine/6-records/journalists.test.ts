import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { JOURNALIST_ROLES } from '../lexicon/display';

const pairs = (paragraphs: string[]) =>
  simplify(paragraphs).map((r) => [r.speaker, r.content, r.kind]);

type Row = [name: string, paragraphs: string[], expected: string[][]];

/** A broadcast transcript's journalists narrate; only the people they interview are sources. */
const ROWS: Row[] = [
  [
    'a role in the label and a hand-off with the outlet’s possessive name the reporter',
    [
      'Radio Harbor’s Tom Field reports.',
      'TOM FIELD, BYLINE: The harbor has been quiet since the strike began in March.',
      'ANN WINNER: We have not unloaded a ship in six weeks.',
      'FIELD: The port has stood idle through the whole of the spring.',
    ],
    [['ANN WINNER', 'We have not unloaded a ship in six weeks.', 'direct']],
  ],
  [
    'an interviewee labelled by surname alone keeps the turn',
    [
      'JANE HOST, HOST: The harbor strike is now in its sixth week.',
      'ANN WINNER, DOCK WORKER: We have not unloaded a ship in six weeks.',
      'WINNER: Nobody has talked to us about wages since March.',
    ],
    [
      ['ANN WINNER', 'We have not unloaded a ship in six weeks.', 'direct'],
      ['ANN WINNER', 'Nobody has talked to us about wages since March.', 'direct'],
    ],
  ],
];

describe('journalists of a transcript', () => {
  it.each(ROWS)('%s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });
  it.each(['byline', 'host', 'correspondent'])('%s is a journalist’s role', (w) => {
    expect(JOURNALIST_ROLES.has(w)).toBe(true);
  });
  it.each(['coach', 'worker', 'minister'])('%s is not', (w) => {
    expect(JOURNALIST_ROLES.has(w)).toBe(false);
  });
});
