import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "boast" meaning "has" and "held" meaning "detained" report nothing; their speech senses do. */
const ROWS: Row[] = [
  [
    '"boasts a" is having',
    'The port city boasts a deep harbour and a reputation as a tough place to do business.',
    [],
  ],
  [
    '"boasting the" is having',
    'The club enters the season boasting the youngest squad in the league.',
    [],
  ],
  [
    '"boasted that" is speech',
    'The mayor boasted that the harbour was the deepest in the region.',
    [['mayor', 'the harbour was the deepest in the region.']],
  ],
  [
    '"was held there" is detention',
    'The pilot Tom Reyes was held there after his plane came down near the border in 1971.',
    [],
  ],
  [
    '"have held that" is a ruling',
    'The courts have held that a change of owner counts as a sale.',
    [['courts', 'a change of owner counts as a sale.']],
  ],
];

describe('having and passive-act senses of reporting verbs', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
