import { describe, expect, it } from 'vitest';
import { isProfessionNoun } from './professions';
import { isRoleWord } from './sources';

describe('isProfessionNoun', () => {
  it.each([
    'astronomers',
    'astronomer',
    'geologists',
    'oceanographers',
    'pediatricians',
    'technician',
    'psychiatrists',
    'optometrist',
    'chemists',
    'specialists',
    'journalists',
    'tourists',
    'pacifists',
    'atheists',
    'strategists',
  ])('%s is a person noun', (w) => {
    expect(isProfessionNoun(w)).toBe(true);
  });
  it.each([
    'lists',
    'checklists',
    'playlist',
    'insists',
    'persists',
    'coexists',
    'wrists',
    'twists',
    'mists',
    'photograph',
    'geology',
    'computers',
    'numbers',
  ])('%s is not', (w) => {
    expect(isProfessionNoun(w)).toBe(false);
  });
  it('makes such nouns role words, as "the astronomers said" needs', () => {
    expect(isRoleWord('astronomers')).toBe(true);
    expect(isRoleWord('co-astronomers')).toBe(true);
  });
});
