import { describe, expect, it } from 'vitest';
import { isAgentNoun } from './agent-noun';

/** Nouns for a person, by role or by an agent ending, and nouns for things. */
const ROWS: Array<[word: string, person: boolean]> = [
  ['blogger', true],
  ['staffer', true],
  ['spokesman', true],
  ['novelist', true],
  ['reminder', false],
  ['paper', false],
  ['river', false],
  ['budget', false],
];

describe('isAgentNoun', () => {
  it.each(ROWS)('%s', (word, person) => {
    expect(isAgentNoun(word)).toBe(person);
  });
});
