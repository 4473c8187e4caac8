import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "reveal" reports a claim with a clause; with a plain object it shows a thing. */
const ROWS: Row[] = [
  [
    'an object noun phrase is a thing shown',
    'The carmaker revealed its second electric model at the Geneva show.',
    [],
  ],
  ['an object noun phrase of news', 'The singer revealed the news of her engagement on air.', []],
  [
    'an object that names a plan is a claim',
    'The chief executive revealed plans to close two factories next year.',
    [['chief executive', 'plans to close two factories next year.']],
  ],
  [
    'a that-clause is a claim',
    'The audit revealed that the agency had overpaid its contractors.',
    [['audit', 'the agency had overpaid its contractors.']],
  ],
  [
    'a bare clause is a claim',
    'The minister revealed the talks had broken down overnight.',
    [['minister', 'the talks had broken down overnight.']],
  ],
];

describe('reveal', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
