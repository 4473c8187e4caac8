import { describe, expect, it } from 'vitest';
import { CREDENTIALS, isCredential } from './credentials';

/** Degrees and honours after a name are credentials; ordinary words and names are not. */
const ROWS: Array<[text: string, expected: boolean]> = [
  ['PhD', true],
  ['Ph.D.', true],
  ['M.D.', true],
  ['MPH', true],
  ['Esq', true],
  ['OBE', true],
  ['Lee', false],
  ['Director', false],
  ['Inc', false],
  ['Ohio', false],
];

describe('isCredential', () => {
  it.each(ROWS)('%s -> %s', (text, expected) => {
    expect(isCredential(text)).toBe(expected);
  });

  it('holds lower-case entries without periods', () => {
    for (const word of CREDENTIALS) expect(word).toBe(word.toLowerCase().replace(/\./g, ''));
  });
});
