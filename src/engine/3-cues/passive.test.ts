import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, expected: Array<[speaker: string, content: string]>];

/** A passive participle of a reporting verb is no cue; its active uses still are. */
const ROWS: Row[] = [
  [
    'a cited source with a lower-case agent',
    'The van will ship in May, according to sources cited by well-placed trade paper Van Week.',
    [['sources', 'The van will ship in May']],
  ],
  [
    '"well regarded" after "be"',
    'Two managers who were well regarded at the plant have left this year.',
    [],
  ],
  [
    'the active verb still reports',
    'The trade paper cited weak demand for the new van.',
    [['trade paper', 'weak demand for the new van.']],
  ],
  [
    'a gerund after "by" is the manner, not an agent',
    'The mayor warned by saying that the dam would not hold.',
    [['mayor', 'the dam would not hold.']],
  ],
];

describe('passive participles of reporting verbs', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify([input]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
