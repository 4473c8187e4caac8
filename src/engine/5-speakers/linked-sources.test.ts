import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [
  name: string,
  paragraphs: string[],
  expected: Array<[speaker: string, content: string]>,
];

/**
 * A source known through a named one ("a colleague of Roe's", "people familiar with Acme's
 * plans") is not that name. Invented sentences; the negative rows keep a name that speaks through
 * a spokesman or a title.
 */
const ROWS: Row[] = [
  [
    'an acquaintance noun before "of" and a name',
    [
      'Lena Ostrova founded the lab in 1990.',
      'A colleague of Ostrova’s later recalled that the lab had no windows.',
    ],
    [['A colleague of Ostrova', 'the lab had no windows.']],
  ],
  [
    'friends of a named person',
    ['Lena Ostrova founded the lab.', 'Friends of Ostrova say she never wanted to leave.'],
    [['Friends of Ostrova', 'she never wanted to leave.']],
  ],
  [
    'an anonymous source familiar with a named body',
    [
      'Brik Energy cut its budget.',
      'People familiar with Brik’s plans said the cuts would deepen.',
    ],
    [['People familiar with Brik’s plans', 'the cuts would deepen.']],
  ],
  [
    'not an acquaintance: a spokesman speaks for the name',
    ['Lena Ostrova founded the lab in 1990.', 'A spokesman for Ostrova said the lab would close.'],
    [['Lena Ostrova', 'the lab would close.']],
  ],
  [
    'not an acquaintance: the head of a named body, a person who works there',
    ['Brik Energy cut its budget.', 'The head of Brik Energy said the cuts would deepen.'],
    [['head of Brik Energy', 'the cuts would deepen.']],
  ],
];

describe('sources linked to a name', () => {
  it.each(ROWS)('%s', (_name, paragraphs, expected) => {
    expect(simplify(paragraphs).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
