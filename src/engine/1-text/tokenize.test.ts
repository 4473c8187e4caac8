import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { tokenize } from './tokenize';

describe('capitalised words', () => {
  it.each([
    ['Hariri', true],
    ['al-Hariri', true],
    ['el-Sisi', true],
    ['al-based', false],
    ['also', false],
    ['all-Star', false],
    ['el', false],
  ] as const)('%s → %s', (word, cap) => {
    expect(tokenize(word)[0]?.cap).toBe(cap);
  });
});

describe('a name with an Arabic article', () => {
  it.each([
    ['Omar Said al-Rashid said the talks had failed.', 'Omar Said al-Rashid'],
    ['“We are ready,” said Laila el-Masri, a lawyer.', 'Laila el-Masri'],
  ])('%s', (text, speaker) => {
    expect(simplify([text]).map((r) => r.speaker)).toEqual([speaker]);
  });
});
