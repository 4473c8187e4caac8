import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A report of talk that names only the hearer and the topic holds no claim. */
const ROWS: Row[] = [
  [
    'a hearer and a topic',
    'Ada Vance complained to her manager in 2019 about her new co-worker.',
    [],
  ],
  [
    'a topic after the hearer of "told"',
    'Six nurses told the inspectors about the broken pumps.',
    [],
  ],
  ['a hearer alone', 'Could the pumps fail again? Ada Vance wondered to colleagues.', []],
  [
    'kept: "to" that takes the claim',
    'Tom Reed confessed to the robbery of the depot.',
    [['Tom Reed', 'to the robbery of the depot.']],
  ],
  [
    'kept: "about" as an approximation',
    'Analysts expected more than that, about $2 billion.',
    [['Analysts', 'more than that, about $2 billion.']],
  ],
  [
    'kept: a clause after the hearer',
    'Ada Vance told the inspectors the pumps had failed twice.',
    [['Ada Vance', 'the pumps had failed twice.']],
  ],
];

describe('a hearer and a topic are no claim', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
