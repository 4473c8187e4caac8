import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Row = [name: string, blocks: Array<[BlockKind, string]>, speakers: Array<string | null>];

/** Cue-less blocks after a quoted speaker: the speaker's next words, or the outlet's own box. */
const ROWS: Row[] = [
  [
    'a block quote continues the speaker',
    [
      ['paragraph', '“The ferries will run again,” said Ada Lowe.'],
      ['blockquote', 'We have fixed the engines and trained new crews for the winter routes.'],
    ],
    ['Ada Lowe', 'Ada Lowe'],
  ],
  [
    'a contact box with an e-mail address is the outlet’s',
    [
      ['paragraph', '“The ferries will run again,” said Ada Lowe.'],
      ['blockquote', 'Do you ride the ferries? Email the writer at tips@harbour-news.example.'],
    ],
    ['Ada Lowe'],
  ],
  [
    'a quote paragraph that asks readers to write in is the outlet’s',
    [
      ['paragraph', '“The ferries will run again,” said Ada Lowe.'],
      ['paragraph', '“Questions? Comments? Email us at the harbour desk.”'],
    ],
    ['Ada Lowe'],
  ],
  [
    'block quotes after the author’s own colon line are the author’s list',
    [
      ['paragraph', '“The ferries will run again,” said Ada Lowe.'],
      ['paragraph', 'Among the reasons for the delays over the past two winters were:'],
      ['blockquote', 'Two of the four engines failed their inspections in the spring.'],
      ['blockquote', 'Half of the trained crews left for better paid work on the coast.'],
    ],
    ['Ada Lowe'],
  ],
  [
    'a colon line naming the speaker introduces their words',
    [
      ['paragraph', '“The ferries will run again,” said Ada Lowe.'],
      ['paragraph', 'Then she went through the changes one by one:'],
      ['blockquote', 'We have fixed the engines and trained new crews for the winter routes.'],
    ],
    ['Ada Lowe', 'Ada Lowe'],
  ],
];

describe('cue-less continuations', () => {
  it.each(ROWS)('%s', (_name, blocks, speakers) => {
    expect(simplify(blocks).map((r) => r.speaker)).toEqual(speakers);
  });
});

type QuotingRow = [name: string, paragraphs: string[], expected: Array<[string, string]>];

/** A cue-less sentence quoting several words, right after a claim in the same paragraph. */
const QUOTING_ROWS: QuotingRow[] = [
  [
    'a partial quote right after a claim continues the speaker',
    [
      'Ms Lowe said the ferries would run again in May. Though the crews are trained, some "have never crossed in a winter storm."',
    ],
    [
      ['Lowe', 'the ferries would run again in May.'],
      ['Lowe', 'Though the crews are trained, some "have never crossed in a winter storm."'],
    ],
  ],
  [
    'a scare quote of two words is the author’s',
    ['Ms Lowe said the ferries would run again in May. The "winter timetable" starts later.'],
    [['Lowe', 'the ferries would run again in May.']],
  ],
  [
    'a quoted title in capitals is nobody’s words',
    [
      'Ms Lowe said the ferries would run again in May. Her memoir "Across the Grey Water in Winter" came out last year.',
    ],
    [['Lowe', 'the ferries would run again in May.']],
  ],
  [
    'a partial quote opening a new paragraph continues no one',
    [
      'Ms Lowe said the ferries would run again in May.',
      'Though the crews are trained, some "have never crossed in a winter storm."',
    ],
    [['Lowe', 'the ferries would run again in May.']],
  ],
];

describe('a quoting sentence after a claim', () => {
  it.each(QUOTING_ROWS)('%s', (_name, paragraphs, expected) => {
    const got = simplify(paragraphs).map((r) => [r.speaker, r.content]);
    expect(got).toEqual(expected.map(([s, c]) => [expect.stringContaining(s), c]));
  });
});
