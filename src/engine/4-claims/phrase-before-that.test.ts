import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A "that" after where or to whom the words were said opens the claim. */
const ROWS: Row[] = [
  [
    'a multi-word preposition before "that"',
    'The director said in front of the staff that the plant would close.',
    [['director', 'the plant would close.']],
  ],
  [
    'an occasion with an "of" phrase',
    'The director said at a meeting of the board that the plant would close.',
    [['director', 'the plant would close.']],
  ],
  [
    'an audience of "tell" with an adjective phrase',
    'The director told a room full of engineers that the plant would close.',
    [['director', 'the plant would close.']],
  ],
  [
    'not: a relative clause whose verb lacks its object',
    'The union pushed back against the role that the board plays in hiring.',
    [],
  ],
  [
    'not: "that" completes a noun of claim',
    'The result adds to a growing body of evidence that the drug works.',
    [],
  ],
  [
    'not: a demonstrative "that" before a time word',
    'What the director wrote down that night became the plan.',
    [],
  ],
];

describe('a "that" after the phrase where or to whom the words were said', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
