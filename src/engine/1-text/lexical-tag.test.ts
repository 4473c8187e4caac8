import { describe, expect, it } from 'vitest';
import type { Tag } from '../lexicon/pos';
import { lexicalTag } from './lexical-tag';

/** The tag a word gets from its spelling alone, mid-sentence and opening one. */
describe('lexicalTag', () => {
  it.each<[string, Tag, Tag]>([
    // word, mid-sentence, opening a sentence
    ['the', 'det', 'det'],
    ['The', 'name', 'det'],
    ['I', 'pron', 'pron'],
    ['that', 'rel', 'rel'],
    ['said', 'verb', 'verb'],
    ['Said', 'name', 'verb'],
    ['quickly', 'adv', 'adv'],
    ['development', 'noun', 'noun'],
    ['Development', 'name', 'name'], // a capital opening a sentence: a name unless a listed word
    ['Harbourview', 'name', 'name'],
    ['long-awaited', 'adj', 'adj'],
    ['re-elected', 'verb', 'verb'],
    ["didn't", 'aux', 'aux'],
    ["Didn't", 'aux', 'aux'],
    ['37-year-old', 'noun', 'noun'],
    ['2016', 'num', 'num'],
  ])('%s: %s mid-sentence, %s at a sentence start', (text, mid, opening) => {
    const lower = text.toLowerCase();
    const cap = text[0] !== lower[0];
    expect(lexicalTag(text, lower, cap, false)).toBe(mid);
    expect(lexicalTag(text, lower, cap, true)).toBe(opening);
  });
});
