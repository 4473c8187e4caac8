import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A verb that reports only with its particle: after an article the noun decides. */
const ROWS: Row[] = [
  [
    'an utterance noun after the article makes "issued" a cue',
    'The harbour authority issued a warning that the storm would reach the coast by noon.',
    [['harbour authority', 'warning that the storm would reach the coast by noon.']],
  ],
  [
    'an order is an act, not a statement',
    'The judge issued an order closing the bridge to lorries for a month.',
    [],
  ],
  [
    'a timetable is not what anyone said',
    'The interim leader issued a timetable for local elections by next spring.',
    [],
  ],
];

describe('phrasal-only reporting verbs', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
