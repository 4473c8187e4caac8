import { describe, expect, it } from 'vitest';
import { lazyMap, lazySet } from './lazy';
import { classesOf, inClass, markForms, tokenClass, wordForms } from './token-classes';

describe('token classes', () => {
  const fruit = lazySet(() => ['apple', 'pear']);
  const colours = lazyMap<string, number>(() => [['red', 1]]);
  const FRUIT = tokenClass(fruit);
  const COLOURS = tokenClass(colours);

  it('gives each table its own bit, and the same bit when registered again', () => {
    expect(FRUIT & COLOURS).toBe(0);
    expect(tokenClass(fruit)).toBe(FRUIT);
  });

  it.each([
    ['apple', true, false],
    ['red', false, true],
    ['stone', false, false],
    ['', false, false],
  ])('%s: answers as the tables do', (word, isFruit, isColour) => {
    const token = { classes: classesOf(word) };
    expect([inClass(token, FRUIT), inClass(token, COLOURS)]).toEqual([isFruit, isColour]);
    expect([fruit.has(word), colours.has(word)]).toEqual([isFruit, isColour]);
  });

  it('answers false for no token', () => {
    expect(inClass(undefined, FRUIT)).toBe(false);
  });

  it('forgets remembered bits when a table registers late', () => {
    expect(classesOf('plum')).toBe(0);
    const PLUMS = tokenClass(lazySet(() => ['plum']));
    expect(classesOf('plum')).toBe(PLUMS);
  });
});

describe('word forms', () => {
  const FRUIT = tokenClass(lazySet(() => ['apple']));
  const lower = (w: string) => w.toLowerCase();
  const cap = (w: string) => /^[A-Z]/.test(w);
  const tag = (_w: string, _l: string, c: boolean, opening: boolean) =>
    c && !opening ? ('name' as const) : ('noun' as const);

  it('computes a spelling once and shares its forms', () => {
    const text = 'Apple and Apple';
    const first = wordForms(text.slice(0, 5), lower, cap, tag);
    const again = wordForms(text.slice(10, 15), lower, cap, tag);
    expect(again).toBe(first);
    expect(first).toEqual({
      text: 'Apple',
      lower: 'apple',
      cap: true,
      classes: classesOf('apple'),
      tag: 'name',
      openingTag: 'noun',
    });
    expect(inClass(first, FRUIT)).toBe(true);
  });

  it('keeps a mark as its own lower form, never a capital', () => {
    expect(markForms('\u2019')).toEqual({
      text: '\u2019',
      lower: '\u2019',
      cap: false,
      classes: classesOf('\u2019'),
      tag: 'punct',
      openingTag: 'punct',
    });
  });
});
