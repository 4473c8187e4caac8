import { describe, expect, it } from 'vitest';
import { COLLECTIVE_NOUNS, GROUP_NOUNS } from './groups';
import { singulars } from './plurals';
import { ANONYMOUS_HEADS, isDocumentWord, isRoleWord, typeFromHead } from './sources';

describe('group nouns', () => {
  it.each(['tunisians', 'kenyans', 'japanese', 'israelis', 'swiss', 'catholics', 'republicans'])(
    '%s is a people or community',
    (w) => {
      expect(GROUP_NOUNS.has(w)).toBe(true);
      expect(ANONYMOUS_HEADS.has(w)).toBe(true);
      expect(typeFromHead(w)).toBe('anonymous');
    },
  );
  it('is a complete class, not a handful', () => {
    expect(GROUP_NOUNS.size).toBeGreaterThan(150);
  });
  it.each(['paris', 'texas', 'evans', 'james'])('%s is not a group', (w) => {
    expect(GROUP_NOUNS.has(w)).toBe(false);
  });
});

describe('collective nouns', () => {
  it.each(['team', 'government', 'family', 'panel'])('%s takes a plural verb', (w) => {
    expect(COLLECTIVE_NOUNS.has(w)).toBe(true);
  });
  it.each(['report', 'study', 'man', 'teams'])('%s is not a collective noun', (w) => {
    expect(COLLECTIVE_NOUNS.has(w)).toBe(false);
  });
});

describe('plurals', () => {
  it.each([
    ['studies', ['studie', 'study', 'studi']],
    ['bosses', ['bosse', 'boss']],
    ['reports', ['report']],
    ['boss', []],
    ['was', []],
  ] as const)('%s → %j', (word, expected) => {
    expect(singulars(word)).toEqual(expected);
  });
  it.each([
    ['studies', true],
    ['surveys', true],
    ['study', true],
    ['stories', false],
  ] as const)('document word %s → %s', (word, expected) => {
    expect(isDocumentWord(word)).toBe(expected);
  });
  it.each([
    ['secretaries', true],
    ['bosses', true],
    ['fact-checkers', true],
    ['vice-president', true],
    ['co-founders', true],
    ['houses', false],
    ['well-known', false],
  ] as const)('role word %s → %s', (word, expected) => {
    expect(isRoleWord(word)).toBe(expected);
  });
});
