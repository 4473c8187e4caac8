import { describe, expect, it } from 'vitest';
import { lazyMap, lazySet } from './lazy';
import { classesOf, inClass, tokenClass } from './token-classes';

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
