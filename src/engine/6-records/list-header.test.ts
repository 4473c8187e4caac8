import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Row = [
  name: string,
  input: Array<string | [BlockKind, string]>,
  expected: Array<[speaker: string, content: string]>,
];

/**
 * A header ending in a colon credits the list after it: "according to X:" makes X the source of
 * each item, and a paragraph opening with a dash is an item like a marked-up one.
 */
const ROWS: Row[] = [
  [
    'an "according to" header and dash-led paragraphs',
    [
      'The main hazards for hikers, according to a 2019 park survey:',
      '— Falls on wet rock: one in three injuries.',
      '— Heat exhaustion: one in five injuries.',
    ],
    [
      ['a 2019 park survey', 'The main hazards for hikers'],
      ['a 2019 park survey', 'Falls on wet rock: one in three injuries.'],
      ['a 2019 park survey', 'Heat exhaustion: one in five injuries.'],
    ],
  ],
  [
    'a speaker header and dash-led paragraphs',
    ['Mayor Ana Reyes said:', '– The bridge will reopen in May.'],
    [['Ana Reyes', 'The bridge will reopen in May.']],
  ],
  [
    'dash-led paragraphs with no header are the author’s',
    ['The hikers packed carefully.', '— Falls on wet rock are common.'],
    [],
  ],
  [
    'a plain paragraph after the header ends the list',
    [
      'The main hazards for hikers, according to a 2019 park survey:',
      '— Falls on wet rock: one in three injuries.',
      'Rangers closed two trails last week.',
    ],
    [
      ['a 2019 park survey', 'The main hazards for hikers'],
      ['a 2019 park survey', 'Falls on wet rock: one in three injuries.'],
    ],
  ],
];

describe('colon headers and the list items after them', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
