import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [
  name: string,
  paragraphs: string[],
  expected: Array<[speaker: string, content: string]>,
];

/** Claims inside a quotation whose verb shares the quoted sentence's subject ("X came in and said"). */
const ROWS: Row[] = [
  [
    'a named subject and a second verb inside the quote',
    ['“Then Ann Roe walked over and said she would sign the form,” Ben Hale said.'],
    [
      ['Ben Hale', 'Then Ann Roe walked over and said she would sign the form,'],
      ['Ann Roe', 'she would sign the form'],
    ],
  ],
  [
    'a first name inserted in brackets joins the subject',
    [
      'Lena Fisk coaches the rowing team.',
      '“Coach (Lena) Fisk ran down the bank and said, ‘Keep going,’ so we did,” Tom Ash said.',
    ],
    [
      ['Tom Ash', 'Coach (Lena) Fisk ran down the bank and said, ‘Keep going,’ so we did,'],
      ['Lena Fisk', 'Keep going,'],
    ],
  ],
  [
    'a pronoun subject is left to the quoted speaker',
    ['“He came over and said he was sorry,” Tom Ash said.'],
    [['Tom Ash', 'He came over and said he was sorry,']],
  ],
  [
    // A second predicate's subject is read like any subject ('second-predicate.ts'): the gold
    // marks such retold claims ("The kids were agitated and told police that ...").
    'a common-noun subject of a second predicate retells its claim too',
    ['“The neighbours came over and said the fence was theirs,” Tom Ash said.'],
    [
      ['Tom Ash', 'The neighbours came over and said the fence was theirs,'],
      ['neighbours', 'the fence was theirs'],
    ],
  ],
];

describe('claims inside a quotation, the verb sharing its subject', () => {
  it.each(ROWS)('%s', (_name, paragraphs, expected) => {
    expect(simplify(paragraphs).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
