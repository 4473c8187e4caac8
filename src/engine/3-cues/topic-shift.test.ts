import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, expected: Array<[speaker: string, content: string]>];

/** "Speaking of X, ..." turns to a topic; speech verbs elsewhere still report. */
const ROWS: Row[] = [
  [
    'a sentence-opening "speaking of"',
    'Speaking of batteries, the new phone also charges twice as fast as the old one.',
    [],
  ],
  [
    'after a connective',
    'And talking of prices, the shop is also cutting the cost of its own-brand bread.',
    [],
  ],
  [
    '"spoke of" with a subject still reports',
    'The coach spoke of a difficult season for the whole club.',
    [['coach', 'a difficult season for the whole club.']],
  ],
];

describe('topic shifts', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify([input]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
