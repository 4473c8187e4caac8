import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Judgements without "as": a judging verb, its object, then the judgement. */
const ROWS: Row[] = [
  [
    'a noun phrase judgement',
    'The co-op considers the new levy a burden on small growers.',
    [['co-op', 'the new levy a burden on small growers.']],
  ],
  [
    'an adjective judgement',
    'The inspectors deemed the old footbridge dangerous.',
    [['inspectors', 'the old footbridge dangerous.']],
  ],
  [
    '"of" and a noun of worth',
    'The curator considers the letters of great value to the town.',
    [['curator', 'the letters of great value to the town.']],
  ],
  [
    'a colon ends the judgement',
    'The guild considers the merger a gift: members keep their pensions.',
    [['guild', 'the merger a gift']],
  ],
  ['an object alone is an act', 'The council considered the proposal on Monday.', []],
  ['"a" and a time is an adverbial', 'The council considered the proposal a second time.', []],
  ['no object, only "a" noun', 'The baker considered a new oven.', []],
  ["a passive is not the subject's view", 'The bridge was considered unsafe by few.', []],
];

describe('judgements without "as"', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
