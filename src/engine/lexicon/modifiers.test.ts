import { describe, expect, it } from 'vitest';
import { OPENING_ADJECTIVES, POSTPOSED_ADJECTIVES } from './modifiers';

describe('opening adjectives', () => {
  it.each([
    ['early', true],
    ['preliminary', true],
    ['recent', true],
    ['young', false],
    ['rich', false],
    ['results', false],
  ])('%s: %s', (w, known) => {
    expect(OPENING_ADJECTIVES.has(w)).toBe(known);
  });
});

describe('postposed adjectives', () => {
  it.each([
    ['present', true],
    ['involved', true],
    ['said', false],
    ['warned', false],
  ])('%s: %s', (w, known) => {
    expect(POSTPOSED_ADJECTIVES.has(w)).toBe(known);
  });
});
