import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** A word that opens a brand's product names is the brand, not a person's family name. */
const ROWS: Row[] = [
  [
    'a word opening two untitled names names their maker, not one product',
    ['Zentro Maps and Zentro Glass were shown on Monday.', 'Zentro said both would ship soon.'],
    [['Zentro', 'both would ship soon.']],
  ],
  [
    'kept: a family name written first still names its person',
    ['Lee Ji-won arrived on Monday.', 'Lee said the vote was fair.'],
    [['Lee Ji-won', 'the vote was fair.']],
  ],
];

describe('brand names', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
