import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { describesOne } from './described-one';

const entity = (name: string, roles: string[]) => ({
  name,
  lowerName: name.toLowerCase(),
  roles: new Set(roles),
});

describe('describesOne', () => {
  it.each([
    // Someone new, by a role noun of no gender.
    ['One student at a college in Ohio', ['student'], true],
    ['a nurse', ['nurse'], true],
    ['another aide to the mayor', ['aide'], true],
    // A role noun that shows a gender, with any determiner.
    ['the spokeswoman', ['spokeswoman'], true],
    // A bare or definite role may be someone the article names.
    ['Rebel leader', ['leader'], false],
    ['the official', ['official'], false],
    // Several people, or no role known.
    ['a few students', ['students'], false],
    ['a court filing', [], false],
  ])('%s → %s', (name, roles, expected) => {
    expect(describesOne(entity(name, roles))).toBe(expected);
  });
});

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

const ROWS: Row[] = [
  [
    '"he" after someone new who spoke is that person, not a man named before',
    [
      'Omar Quill won the county vote, and many students were upset.',
      'One student at a college in Ohio said he kept his views quiet. \u201cPeople were so angry,\u201d he said.',
    ],
    [
      ['One student at a college', 'he kept his views quiet.'],
      ['One student at a college', 'People were so angry,'],
    ],
  ],
  [
    '"she" after a nurse who spoke is the nurse',
    [
      'Dr. Mark Lint runs the ward.',
      'A nurse on the night shift said the beds were full. \u201cWe turn people away,\u201d she said.',
    ],
    [
      ['A nurse on the night shift', 'the beds were full.'],
      ['A nurse on the night shift', 'We turn people away,'],
    ],
  ],
  [
    'kept: a named man who spoke last keeps "he"',
    [
      'A nurse said the beds were full.',
      'Dr. Mark Lint said the ward would grow. \u201cWe need room,\u201d he said.',
    ],
    [
      ['A nurse', 'the beds were full.'],
      ['Mark Lint', 'the ward would grow.'],
      ['Mark Lint', 'We need room,'],
    ],
  ],
];

describe('a described newcomer takes the pronoun after it', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
