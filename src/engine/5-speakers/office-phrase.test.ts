import { describe, expect, it } from 'vitest';
import { tokenize } from '../1-text/tokenize';
import { simplify } from '../testing/simplify';
import { namesOffice, officePrepIndex } from './office-phrase';

const words = (text: string) => tokenize(text).filter((t) => t.isWord);

describe('officePrepIndex', () => {
  it.each([
    ['the head of the Riverside Water Board', 2],
    ['a spokesman for Corvel', 2],
    ['the former chief of the port authority', 3],
    ['a lawyer for the family', 2],
    // A capitalised title is part of a name; a group word is no office; no preposition at all.
    ['Director of Field Studies Ana Ruiz', -1],
    ['members of the Riverside Water Board', -1],
    ['the Riverside Water Board', -1],
    ['residents of the valley', -1],
  ])('%s: %d', (phrase, want) => {
    expect(officePrepIndex(words(phrase))).toBe(want);
  });
});

describe('namesOffice', () => {
  it.each([
    ['head of the riverside water board', true],
    ['lawyer for the family', true],
    ['a senior official', false],
    ['friends of the family', false],
    ['head', false],
  ])('%s: %s', (name, want) => {
    expect(namesOffice(name)).toBe(want);
  });
});

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

const ROWS: Row[] = [
  [
    'the head of a named body is its head, named in the next paragraph, not the body',
    [
      'The canal will close for a year, the head of the Riverside Water Board said on Monday.',
      'Tomas Ekdahl, executive director of the board, told reporters the repairs were overdue.',
    ],
    [
      ['Tomas Ekdahl', 'The canal will close for a year'],
      ['Tomas Ekdahl', 'the repairs were overdue.'],
    ],
  ],
  [
    'kept: a kindred role named earlier is held in some other body',
    [
      'Governor Lena Marsh said the vote would go ahead in June.',
      'The head of the Riverside Water Board said the canal would close.',
    ],
    [
      ['Lena Marsh', 'the vote would go ahead in June.'],
      ['head of the Riverside Water Board', 'the canal would close.'],
    ],
  ],
];

describe('office phrases as speakers', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
