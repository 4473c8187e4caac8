import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A subject after a subordinate clause fronted inside a coordinated clause. */
const ROWS: Row[] = [
  [
    'after "and yet, as ...," the phrase opens the clause',
    'The strike ended in May and yet, as the relief wears off, many of the dock workers fear the port will close.',
    [['many of the dock workers', 'the port will close.']],
  ],
  [
    'after "but when ...," too',
    'The vote passed but when the count was over, several council members said the margin was too thin.',
    [['several council members', 'the margin was too thin.']],
  ],
  [
    'a fronted "as" clause with a reporting verb is a frame of its own',
    'The data looked good but, as the authors explain, research shows little change.',
    [['authors', 'research shows little change.']],
  ],
];

describe('a subject after a fronted subordinate clause', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
