import { describe, expect, it } from 'vitest';
import { PURPOSE_NOUNS } from './purpose';

describe('purpose nouns', () => {
  it.each([
    ['hope', 'hope'],
    ['hopes', 'hope'],
    ['fear', 'fear'],
  ])('%s reports a %s', (noun, lemma) => {
    expect(PURPOSE_NOUNS.get(noun)?.lemma).toBe(lemma);
  });

  it('leads up to "fear" only with "for" ("in fear" is a state, not a purpose)', () => {
    expect(PURPOSE_NOUNS.get('fear')?.leads).toEqual([['for']]);
  });

  it.each(['wish', 'concern', 'fears'])('%s is not a purpose noun', (noun) => {
    expect(PURPOSE_NOUNS.has(noun)).toBe(false);
  });
});
