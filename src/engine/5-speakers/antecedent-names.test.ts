import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import { nameSubject } from './antecedent';

/** The sentence-initial name a verb follows, noted for a later "it"; null when there is none. */
const SUBJECTS: Array<[sentence: string, subject: string | null]> = [
  ['Verdane Motors recalled its vans.', 'Verdane Motors'],
  ['Quorvex later recalled its staff.', 'Quorvex'],
  ['North Ardenia will insist on a vote.', 'North Ardenia'],
  ['It later withdrew its staff.', null],
  ['But Quorvex withdrew its staff.', null],
  ['The company withdrew its staff.', null],
  ['Quorvex, a maker of vans, recalled its staff.', 'Quorvex'],
  ['Quorvex, the firm which built the pier, has called for a vote.', 'Quorvex'],
  ['Quorvex, by contrast, recalled its staff.', null],
  [
    'Quorvex, a maker of vans and trucks that sells them in nine countries and ships them by sea and by air to all its many buyers, recalled its staff.',
    null,
  ],
  ['Quorvex Motors and its rivals withdrew.', null],
];

describe('nameSubject', () => {
  it.each(SUBJECTS)('%s', (sentence, expected) => {
    const block = buildBlockModel(0, 'paragraph', sentence);
    const range = nameSubject(block, 0, block.tokens.length);
    const words = range === null ? null : block.tokens.slice(range[0], range[1]);
    expect(words?.map((t) => t.text).join(' ') ?? null).toBe(expected);
  });
});

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** "It" continues a body just named as a subject before an older body that spoke. */
const ROWS: Row[] = [
  [
    '"it" goes to the body named as the subject of the sentence before',
    [
      'The Harbor Authority said the pier would reopen.',
      'Verdane Motors later recalled its vans. In a statement, it said the fault was rare.',
    ],
    [
      ['Harbor Authority', 'the pier would reopen.'],
      ['Verdane Motors', 'the fault was rare.'],
    ],
  ],
  [
    'a lone name that spoke before is the body a later "it" continues',
    [
      'Quorvex said the vans were safe. The Harbor Authority said the pier would reopen.',
      'Quorvex later recalled its vans. It said the fault was rare.',
    ],
    [
      ['Quorvex', 'the vans were safe.'],
      ['Harbor Authority', 'the pier would reopen.'],
      ['Quorvex', 'the fault was rare.'],
    ],
  ],
  [
    'a lone name that never spoke may be a person: "it" stays with the body that spoke',
    [
      'The Harbor Authority said the pier would reopen.',
      'Quorvex later recalled its vans. It said the fault was rare.',
    ],
    [
      ['Harbor Authority', 'the pier would reopen.'],
      ['Harbor Authority', 'the fault was rare.'],
    ],
  ],
  [
    'a person subject leaves "it" with the body that spoke',
    [
      'The Harbor Authority said the pier would reopen.',
      'Tom Birch later left the city. It said the fault was rare.',
    ],
    [
      ['Harbor Authority', 'the pier would reopen.'],
      ['Harbor Authority', 'the fault was rare.'],
    ],
  ],
  [
    'a plural opening a sentence with a capital is no body for "it"',
    [
      'The Harbor Authority said the pier would reopen.',
      'Administrators can set passwords. It said the fault was rare.',
    ],
    [
      ['Harbor Authority', 'the pier would reopen.'],
      ['Harbor Authority', 'the fault was rare.'],
    ],
  ],
  [
    'a body named before its appositive is the subject a later "it" continues',
    [
      'The Harbor Authority said the pier would reopen.',
      'Verdane Motors, the firm which built the pier, has closed it. It said the fault was rare.',
    ],
    [
      ['Harbor Authority', 'the pier would reopen.'],
      ['Verdane Motors', 'the fault was rare.'],
    ],
  ],
  [
    'an "it" right after another "it" continues it, past a body that spoke before',
    [
      'The Harbor Authority said the pier would reopen.',
      'The survey lists nine risks. It says the tides are rising.',
      'It also calls for a new sea wall.',
    ],
    [
      ['Harbor Authority', 'the pier would reopen.'],
      ['survey', 'the tides are rising.'],
      ['survey', 'a new sea wall.'],
    ],
  ],
  [
    'a body that speaks between two "it"s ends the chain',
    [
      'The survey lists nine risks. It says the tides are rising.',
      'The Harbor Authority said the pier would reopen. It also called for a new sea wall.',
    ],
    [
      ['survey', 'the tides are rising.'],
      ['Harbor Authority', 'the pier would reopen.'],
      ['Harbor Authority', 'a new sea wall.'],
    ],
  ],
];

describe('named subjects for "it"', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
