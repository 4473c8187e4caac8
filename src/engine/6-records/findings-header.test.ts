import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';
import { findingsHeaderSource } from './findings-header';

/** The source a findings header names before its colon; null when it names none. */
const HEADERS: Array<[header: string, source: string | null]> = [
  ['Key findings of the new study include the following:', 'the new study'],
  ['The main conclusions of the report are:', 'the report'],
  ['Recommendations of the task force:', 'the task force'],
  ['Key findings of the new study include the following.', null],
  ['Some of the causes include:', null],
  ['The results were as follows:', null],
];

describe('findingsHeaderSource', () => {
  it.each(HEADERS)('%s', (header, source) => {
    const block = buildBlockModel(0, 'paragraph', header);
    const sentence = block.sentences[0];
    const np = sentence === undefined ? null : findingsHeaderSource(block, sentence);
    const text =
      np === null
        ? null
        : block.text.slice(block.tokens[np.from]?.start, block.tokens[np.to - 1]?.end);
    expect(text).toBe(source);
  });
});

type Row = [name: string, input: Array<string | [BlockKind, string]>, expected: string[][]];

const ROWS: Row[] = [
  [
    'the items after a findings header are the study’s',
    [
      'A new study of farms in the valley was published on Monday.',
      'Key findings of the new study include the following:',
      ['listItem', 'Farms near the river lost twice as much soil as farms on the hills.'],
      ['listItem', 'Cover crops cut the losses by half.'],
    ],
    [
      ['new study', 'Farms near the river lost twice as much soil as farms on the hills.'],
      ['new study', 'Cover crops cut the losses by half.'],
    ],
  ],
  [
    'a list of causes stays the author’s',
    [
      'Some of the causes include:',
      ['listItem', 'Farms near the river lost twice as much soil as farms on the hills.'],
    ],
    [],
  ],
];

describe('lists after a findings header', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
