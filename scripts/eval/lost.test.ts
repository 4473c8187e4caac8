import { describe, expect, it } from 'vitest';
import { missingParagraphs, type Missing } from './lost';

describe('missingParagraphs', () => {
  it.each<[string, string, string, Missing]>([
    [
      'nothing lost',
      'one two three four five\nsix seven eight nine',
      'one two three four five six seven eight nine',
      { paragraphs: [], share: 0, of: 2 },
    ],
    [
      // 2 shingles in the first paragraph, 1 in the second: the second is 1/3 of the text.
      'the second paragraph lost',
      'one two three four five\n\nsix seven eight nine',
      'one two three four five',
      { paragraphs: ['six seven eight nine'], share: 1 / 3, of: 2 },
    ],
    ['half found is not lost', 'a b c d e', 'a b c d', { paragraphs: [], share: 0, of: 1 }],
    ['empty text', '', 'a b c d', { paragraphs: [], share: 0, of: 0 }],
    [
      'a paragraph shorter than a shingle is found when its words occur in a row',
      'Meal 1\nMeal 2',
      'Day one Meal 1 eggs',
      { paragraphs: ['Meal 2'], share: 0.5, of: 2 },
    ],
    ['everything lost', 'a b c d', '', { paragraphs: ['a b c d'], share: 1, of: 1 }],
  ])('%s', (_name, text, other, expected) => {
    expect(missingParagraphs(text, other)).toEqual(expected);
  });
});
