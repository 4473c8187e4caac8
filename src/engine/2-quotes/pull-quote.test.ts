import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../types';
import { simplify } from '../testing/simplify';

type Row = [
  name: string,
  blocks: Array<string | [BlockKind, string]>,
  expected: Array<[speaker: string, content: string]>,
];

const BEFORE = 'The harbour board chairman, Tom Ellery, said the budget was "tight but fair".';
const LATER =
  'Ms Rowe said: "It was the best season we have had in a decade - and the hardest for the crews."';

/** Cue-less block quotes repeating a body quotation are that speaker's words. */
const ROWS: Row[] = [
  [
    'a pull quote before the paragraph that quotes it in full',
    [BEFORE, ['blockquote', 'It was the best season we have had in a decade.'], LATER],
    [
      ['Tom Ellery', 'the budget was "tight but fair".'],
      ['Rowe', 'It was the best season we have had in a decade.'],
      ['Rowe', 'It was the best season we have had in a decade - and the hardest for the crews.'],
    ],
  ],
  [
    'a block quote the body does not repeat keeps the last speaker',
    [BEFORE, ['blockquote', 'Nobody will be left out of the plan this winter.'], LATER],
    [
      ['Tom Ellery', 'the budget was "tight but fair".'],
      ['Tom Ellery', 'Nobody will be left out of the plan this winter.'],
      ['Rowe', 'It was the best season we have had in a decade - and the hardest for the crews.'],
    ],
  ],
  [
    'words the body only reports, not quotes, are no source',
    [
      BEFORE,
      ['blockquote', 'It was the best season we have had in a decade.'],
      'Ms Rowe said it was the best season they had had in a decade.',
    ],
    [
      ['Tom Ellery', 'the budget was "tight but fair".'],
      ['Tom Ellery', 'It was the best season we have had in a decade.'],
      ['Rowe', 'it was the best season they had had in a decade.'],
    ],
  ],
];

describe('pull quotes', () => {
  it.each(ROWS)('%s', (_name, blocks, expected) => {
    const got = simplify(blocks).map((r) => [r.speaker, r.content]);
    expect(got).toEqual(expected);
  });
});
