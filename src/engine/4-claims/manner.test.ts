import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A short adjunct of manner after the cue belongs to the attribution of a split quotation. */
const SPLIT: Row[] = [
  [
    'a quotation resumed after "said with a smile,"',
    '"The plan is late," Ana Ruiz said with a smile, "but it will work."',
    [
      ['Ana Ruiz', 'The plan is late,'],
      ['Ana Ruiz', 'but it will work.'],
    ],
  ],
  [
    'not: a prepositional phrase with no quotation after it',
    '"The plan is late," Ana Ruiz said with a smile, and left.',
    [['Ana Ruiz', 'The plan is late,']],
  ],
  [
    'a quotation resumed after a lone manner adverb',
    '"The plan is late," Ana Ruiz said quietly, "but it will work."',
    [
      ['Ana Ruiz', 'The plan is late,'],
      ['Ana Ruiz', 'but it will work.'],
    ],
  ],
  [
    'not: a manner adverb with no quotation after it',
    '"The plan is late," Ana Ruiz said quietly, and left.',
    [['Ana Ruiz', 'The plan is late,']],
  ],
];

describe('a manner adjunct before a resumed quotation', () => {
  it.each(SPLIT)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
