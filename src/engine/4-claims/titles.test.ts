import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * The clause that credits a quote: titles listed before the name, a second appositive joined by
 * "and", and short tags between commas (a party and state, a legal form) that are no speaker.
 */
const ROWS: Row[] = [
  [
    'two titles joined by "and" before the name',
    '"The samples are older than we thought," lead author and museum curator Ines Varga said.',
    [['Ines Varga', 'The samples are older than we thought,']],
  ],
  [
    'a list of titles with commas',
    '"Sales fell short of our plan," chairman, CEO and president Karl Oduya said in the report.',
    [['Karl Oduya', 'Sales fell short of our plan,']],
  ],
  [
    'not a list that does not follow a quote',
    'The plan failed, and the minister said it would be revived.',
    [['minister', 'it would be revived.']],
  ],
  [
    'a second appositive after a place',
    '"The model works," Rosa Lind, a fellow at the Institute for Physics in Lyon, France, and co-author of the study, said.',
    [['Rosa Lind', 'The model works,']],
  ],
  [
    'a party-and-state tag is not the speaker',
    'Sen. Mark Hollis, R-Ohio, said the bill would fail.',
    [['Mark Hollis', 'the bill would fail.']],
  ],
  [
    'a legal form is not the speaker',
    'Brightway Holdings, Inc., said the merger would close in May.',
    [['Brightway Holdings', 'the merger would close in May.']],
  ],
  [
    'a name set off by commas still is',
    'The head of the union, Dara Kemp, said the strike would go on.',
    [['Dara Kemp', 'the strike would go on.']],
  ],
];

describe('crediting clauses with titles and tags', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
