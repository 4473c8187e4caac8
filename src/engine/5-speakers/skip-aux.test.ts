import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

/** What stands between a subject and its reporting verb: a sentence adverb set off by commas. */
const ROWS: Array<[name: string, sentence: string, expected: string[][]]> = [
  [
    'an adverb set off after an auxiliary',
    'The regulator has, however, found that fares rose faster than wages.',
    [['regulator', 'fares rose faster than wages.']],
  ],
  [
    'an adverb set off after a subject with a participle modifier',
    'A study published last month, however, found that most tenants want longer leases.',
    [['A study', 'most tenants want longer leases.']],
  ],
  [
    'a subject of its own before the adverb',
    'The tenants, too, said that the rent was too high.',
    [['tenants', 'the rent was too high.']],
  ],
];

describe('sentence adverbs between a subject and its verb', () => {
  it.each(ROWS)('%s', (_name, sentence, expected) => {
    expect(simplify([sentence]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
