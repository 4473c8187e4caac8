import { describe, expect, it } from 'vitest';
import { LEDE, speakersOf } from '../testing/lede';

/** Paragraphs with no people in them, to put distance between two. */
const FILLER = [
  'The harbour was quiet on Monday.',
  'Gulls circled the empty pier.',
  'Tickets are no longer sold online.',
  'The timetable still hangs by the gate.',
];

describe('an "a" role phrase past the lede and a holder named later', () => {
  it.each([
    [
      'the holder named in the next paragraph is the same person',
      [
        ...LEDE,
        'A skipper at the harbour said the boats would be sold.',
        'Skipper Ivo Brandt said the town would miss them.',
      ],
      ['Ivo Brandt', 'Ivo Brandt'],
    ],
    [
      'a holder named only paragraphs later is someone else',
      [
        ...LEDE,
        'A skipper at the harbour said the boats would be sold.',
        ...FILLER,
        'Skipper Ivo Brandt said the town would miss them.',
      ],
      ['A skipper at the harbour', 'Ivo Brandt'],
    ],
  ])('%s', (_name, texts, want) => {
    expect(speakersOf(texts)).toEqual(want);
  });
});
