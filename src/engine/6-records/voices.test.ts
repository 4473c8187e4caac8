import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import type { BlockKind } from '../types';
import { simplify } from '../testing/simplify';
import { voiceHeadingName } from './voices';

const HEADINGS: Array<[text: string, name: string | null]> = [
  ['Ann Lee, Leeds, UK', 'Ann Lee'],
  ['Robert, County Durham, UK', 'Robert'],
  ['Tomas Ek, 34, Malmo, Sweden', 'Tomas Ek'],
  ['Ann Lee', null],
  ['Ian Marr, Isle of Wight, UK', 'Ian Marr'],
  ['Reconciliation, Rather than confrontation', null],
  ['Ann Lee, who ran the mill, said it would close.', null],
  ['LEEDS, England, May 3', null],
  // Words parted by no-break or ideographic spaces count as words parted by plain ones.
  ['Ann\u00a0Lee, Leeds,\u00a0UK', 'Ann\u00a0Lee'],
  [`Ann Lee, Leeds, ${'Upper\u00a0'.repeat(20)}Dale`, null],
  [`Ann Lee, Leeds, ${'Upper\u3000'.repeat(20)}Dale`, null],
  [`Ann Lee, Leeds, ${'Upper\t'.repeat(20)}Dale`, null],
];

type Row = [
  name: string,
  blocks: Array<string | [BlockKind, string]>,
  expected: Array<[string, string]>,
];

const ROWS: Row[] = [
  [
    'a first-person account under its author’s name, to the next heading',
    [
      'Readers told us what the floods meant for them.',
      ['crosshead', 'Ann Lee, Leeds, UK'],
      'Ann Lee at her shop in 1998',
      'I lost the shop in a week. We had no insurance.',
      'The water stayed for a month.',
      ['crosshead', 'Tomas Ek, 34, Malmo, Sweden'],
      'My parents never went back to the valley.',
    ],
    [
      ['Ann Lee', 'I lost the shop in a week. We had no insurance.'],
      ['Ann Lee', 'The water stayed for a month.'],
      ['Tomas Ek', 'My parents never went back to the valley.'],
    ],
  ],
  [
    'a heading over a story told in the third person credits nothing',
    [['crosshead', 'Ann Lee, Leeds, UK'], 'The shop closed in a week. The owner had no insurance.'],
    [],
  ],
  [
    'a paragraph with a cue of its own keeps its speaker',
    [
      ['crosshead', 'Ann Lee, Leeds, UK'],
      'I lost the shop in a week.',
      'The council said the river would be dredged.',
    ],
    [
      ['Ann Lee', 'I lost the shop in a week.'],
      ['council', 'the river would be dredged.'],
    ],
  ],
  [
    'a title-case line with a comma is no voice heading',
    [['crosshead', 'Reconciliation, Rather Than Confrontation'], 'We will talk to everyone.'],
    [],
  ],
];

describe('voice headings', () => {
  it.each(HEADINGS)('%s -> %s', (text, name) => {
    const block = buildBlockModel(0, 'crosshead', text);
    const range = voiceHeadingName(block);
    const got =
      range === null
        ? null
        : text.slice(block.tokens[range.from]?.start, block.tokens[range.to - 1]?.end);
    expect(got).toBe(name);
  });
});

describe('first-person accounts under their author', () => {
  it.each(ROWS)('%s', (_name, blocks, expected) => {
    expect(simplify(blocks).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
