import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { isTitleCase } from './title-case';
import { collectNames as collect } from '../testing/names';

describe('isTitleCase', () => {
  it.each([
    ['How a Young Painter Revived the Lost Art of Fresco', true],
    ['Town Council Votes to Close U.S.-backed Harbor Fund', true],
    ['Why "it works" Matters for the Old Port', true],
    // Sentence case, or too few capitals to tell a style from names.
    ['How a young painter revived the lost art of fresco', false],
    ['Painter Ann Lee revived fresco in the town', false],
    ['Ann Lee Speaks', false],
  ])('%s', (text, want) => {
    expect(isTitleCase(buildBlockModel(0, 'headline', text))).toBe(want);
  });
});

describe('names in a title-case block', () => {
  it('a role before a capitalised verb gives no titled surname', () => {
    const names = collect([
      'How a Young Painter Revived the Lost Art of Fresco',
      'Ann Lee, 31, works in a small studio.',
    ]);
    expect(names.has('revived')).toBe(false);
    expect(names.has('ann lee')).toBe(true);
  });
  it('kept: a role before a surname in a sentence-case paragraph', () => {
    const names = collect(['The show was a hit, and Mayor Lee said so.']);
    expect([...(names.get('lee')?.roles ?? [])]).toEqual(['mayor']);
  });
});
