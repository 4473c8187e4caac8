import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A quotation closing right before an inverted verb of saying, with no comma between. */
const ROWS: Row[] = [
  [
    'a quotation closing right before "explained X" is the speaker\'s',
    'The bridge is "not closed for good, only for the winter repairs" explained Ann Roe, the engineer.',
    [['Ann Roe', 'The bridge is "not closed for good, only for the winter repairs"']],
  ],
  [
    'a wholly quoted sentence closing right before "said X"',
    '"We will open the new wing in the spring" said Dan Moore, the director.',
    [['Dan Moore', 'We will open the new wing in the spring']],
  ],
  [
    'a quoted title of a word or two before the verb is no statement',
    'The film "Blue Harbour" said nothing new about the town.',
    [],
  ],
];

describe('a quotation closing before an inverted verb, no comma', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
