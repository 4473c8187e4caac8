import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, blocks: string[], expected: Array<[speaker: string, content: string]>];

/** "According to X, <what X is>:" makes no record and gives the quote after it to X. */
const ROWS: Row[] = [
  [
    'a described source before a quote paragraph',
    [
      'According to Ann Lee, professor of botany at Tarn University, and co-author of the paper:',
      '"It is evidence that the oaks suffered a blight."',
    ],
    [['Ann Lee', 'It is evidence that the oaks suffered a blight.']],
  ],
  [
    'a source with one description',
    ['According to Ann Lee, professor of botany at Tarn University:', '"The oaks are recovering."'],
    [['Ann Lee', 'The oaks are recovering.']],
  ],
  [
    'not: a claim after the description stays the claim',
    ['According to Ann Lee, a professor of botany, the oaks are recovering.'],
    [['Ann Lee', 'the oaks are recovering.']],
  ],
];

describe('"according to" headers', () => {
  it.each(ROWS)('%s', (_name, blocks, expected) => {
    expect(simplify(blocks).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
