import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../types';
import { simplify } from '../testing/simplify';

type Row = [
  name: string,
  blocks: Array<string | [BlockKind, string]>,
  expected: Array<[speaker: string, content: string]>,
];

const QUOTE = '"This is an exciting step for families who have waited years," said Dr Lena Hart.';

/** Unquoted crossheads: a phrase lifted from a quotation below is that speaker's words. */
const ROWS: Row[] = [
  [
    'a crosshead repeating words of the quote below',
    [['crosshead', 'Exciting step'], QUOTE],
    [
      ['Lena Hart', 'Exciting step'],
      ['Lena Hart', 'This is an exciting step for families who have waited years,'],
    ],
  ],
  [
    'a crosshead no quotation repeats is the outlet’s label',
    [['crosshead', 'What happens next'], QUOTE],
    [['Lena Hart', 'This is an exciting step for families who have waited years,']],
  ],
  [
    'one word matches too much by chance',
    [['crosshead', 'Families'], QUOTE],
    [['Lena Hart', 'This is an exciting step for families who have waited years,']],
  ],
  [
    'a quotation above the crosshead belongs to another section',
    [QUOTE, ['crosshead', 'Exciting step']],
    [['Lena Hart', 'This is an exciting step for families who have waited years,']],
  ],
  [
    'words of an indirect claim are not a quotation',
    [['crosshead', 'Exciting step'], 'Dr Lena Hart said this was an exciting step for families.'],
    [['Lena Hart', 'this was an exciting step for families.']],
  ],
];

describe('crossheads that echo a quotation below', () => {
  it.each(ROWS)('%s', (_name, blocks, expected) => {
    const got = simplify(blocks).map((r) => [r.speaker, r.content]);
    expect(got).toEqual(expected);
  });
});
