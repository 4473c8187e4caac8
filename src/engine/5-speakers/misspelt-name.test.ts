import { describe, expect, it } from 'vitest';
import { knownName } from '../testing/names';
import { simplify } from '../testing/simplify';
import type { KnownName } from './known-names';
import {
  asciiSpellings,
  misspeltSurname,
  oneEditApart,
  sameButForMarks,
  usualSpelling,
} from './misspelt-name';

describe('oneEditApart', () => {
  it.each([
    ['harrowby', 'harowby', true],
    ['harowby', 'harrowby', true],
    ['kestrel', 'kestral', true],
    ['kestrel', 'ksetrel', true],
    ['kestrel', 'kestrel', false],
    ['harrowby', 'harrowbys', false],
    ['kestrel', 'kestrals', false],
    ['kestrel', 'castrel', false],
  ])('%s ~ %s: %s', (a, b, want) => {
    expect(oneEditApart(a, b)).toBe(want);
  });
});

describe('asciiSpellings and sameButForMarks', () => {
  it.each([
    ['brandt', ['brandt']],
    ['köhler', ['koehler', 'kohler']],
    ['iñárritu', ['inarritu', 'inarritu']],
    ['strauß', ['strauss', 'strauß']],
  ])('%s', (word, want) => {
    expect(asciiSpellings(word)).toEqual(want);
  });

  it.each([
    ['köhler', 'koehler', true],
    ['köhler', 'kohler', true],
    ['ibáñez', 'ibanez', true],
    ['koehler', 'köhler', true],
    ['köhler', 'köhler', false],
    ['köhler', 'kahler', false],
    ['brandt', 'brand', false],
  ])('%s ~ %s: %s', (a, b, want) => {
    expect(sameButForMarks(a, b)).toBe(want);
  });
});

const known = (name: string, person = true): KnownName => knownName(name, [], person);
const names = (...list: KnownName[]) => new Map(list.map((k) => [k.name.toLowerCase(), k]));

describe('misspeltSurname', () => {
  it.each([
    ['harowby', names(known('Nina Harrowby')), 'Nina Harrowby'],
    // Too short to tell a slip from another name; two people fit; the word is a surname itself.
    ['cole', names(known('Ada Coles')), undefined],
    ['harowby', names(known('Nina Harrowby'), known('Olaf Harowbi')), undefined],
    ['harowby', names(known('Nina Harrowby'), known('Olaf Harowby')), undefined],
    // Not a person's name; a different first letter.
    ['harowby', names(known('Port Harrowby', false)), undefined],
    ['marowby', names(known('Nina Harrowby')), undefined],
    // The same surname without its diacritics, however short.
    ['koehler', names(known('Ilse Köhler')), 'Ilse Köhler'],
    ['ruiz', names(known('Ana Ruíz')), 'Ana Ruíz'],
    ['ruis', names(known('Ana Ruíz')), undefined],
  ])('%s', (word, map, want) => {
    expect(misspeltSurname(map, word)?.name).toBe(want);
  });
});

describe('usualSpelling', () => {
  it.each([
    ['Lena Kowalczik', ['Lena Kowalczik', 'Kowalczyk', 'Kowalczyk'], 'Lena Kowalczyk'],
    ['Lena Kowalczik', ['Lena Kowalczik', 'Kowalczyk'], 'Lena Kowalczik'],
    ['Lena Kowalczik', ['Lena Kowalczik', 'she', 'she'], 'Lena Kowalczik'],
    ['Ana Lee', ['Ana Lee', 'Lea', 'Lea'], 'Ana Lee'],
  ])('%s', (name, mentions, want) => {
    expect(usualSpelling(name, mentions)).toBe(want);
  });
});

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

const ROWS: Row[] = [
  [
    'a surname spelt with a letter dropped is the person with the full name',
    [
      'Prosecutor Nina Harrowby filed the charges on Monday.',
      'Ms Harowby said the case was strong.',
    ],
    [['Nina Harrowby', 'the case was strong.']],
  ],
  [
    'kept: a surname more than one letter off is someone else',
    ['Prosecutor Nina Harrowby filed the charges on Monday.', 'Ms Hartley said the case was weak.'],
    [['Hartley', 'the case was weak.']],
  ],
  [
    'a surname written without its diacritics is the person with the full name',
    [
      'The council met on Monday.',
      'Later, Ilse Köhler, the councillor, left the meeting early.',
      'Koehler said the plan was too costly.',
    ],
    [['Ilse Köhler', 'the plan was too costly.']],
  ],
];

describe('misspelt surnames as speakers', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
