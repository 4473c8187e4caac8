import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** The words before a subject: a label before a colon is not part of an opening adverbial. */
const ROWS: Row[] = [
  [
    'a transcript label, then an opening adverbial',
    'PAUL ODENSE: Despite the wet spring, Tova Haring believes the harvest will be early.',
    [['Tova Haring', 'the harvest will be early.']],
  ],
  [
    'the same adverbial with no label',
    'Despite the wet spring, Tova Haring believes the harvest will be early.',
    [['Tova Haring', 'the harvest will be early.']],
  ],
];

describe('the lead before a subject', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
