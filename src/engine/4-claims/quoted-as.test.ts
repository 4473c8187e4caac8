import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Row = [
  name: string,
  paragraphs: Array<string | [BlockKind, string]>,
  expected: Array<[speaker: string, content: string]>,
];

/** "X quoted Y as saying ...": the claim is Y's. */
const ROWS: Row[] = [
  [
    'a common-noun object',
    ['The Courier quoted two aides as saying the budget would be cut.'],
    [['two aides', 'the budget would be cut.']],
  ],
  [
    'a pronoun object and "that"',
    [
      ['headline', 'Union ends its strike'],
      'Mary Rusk leads the union.',
      'The agency quoted her as saying that the strike was over.',
    ],
    [['Mary Rusk', 'the strike was over.']],
  ],
  [
    'not: "as saying" with no quoting verb before it',
    ['Ida Rusk was known as saying little in meetings.'],
    [],
  ],
];

describe('quoted Y as saying', () => {
  it.each(ROWS)('%s', (_name, paragraphs, expected) => {
    expect(simplify(paragraphs).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
