import { describe, expect, it } from 'vitest';
import { snippet } from './snippet';

describe('snippet', () => {
  it.each([
    ['short text stays whole', 'He said so.', 40, 'He said so.'],
    ['whitespace collapses', '  two\n\nlines\there ', 40, 'two lines here'],
    [
      'cuts after a whole word',
      'We must work together with all those who face',
      20,
      'We must work…',
    ],
    [
      'drops trailing punctuation before the ellipsis',
      'This is our duty, he said',
      18,
      'This is our duty…',
    ],
    ['cuts a single long word hard', 'Antidisestablishmentarianism', 10, 'Antidises…'],
    ['exact length is not cut', 'abcde', 5, 'abcde'],
  ])('%s', (_name, text, max, expected) => {
    expect(snippet(text, max)).toBe(expected);
    expect(snippet(text, max).length).toBeLessThanOrEqual(max);
  });
});
