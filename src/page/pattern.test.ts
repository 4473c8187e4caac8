import { describe, expect, it } from 'vitest';
import { lazyPattern } from './pattern';

describe('lazyPattern', () => {
  it('builds the pattern once, with its flags', () => {
    const word = lazyPattern(String.raw`\p{L}+`, 'gu');
    expect(word()).toBe(word());
    expect(word().flags).toBe('gu');
    expect('Фото: 2019'.match(word())).toEqual(['Фото']);
  });

  it('reads String.raw source as the literal would', () => {
    const url = lazyPattern(String.raw`^(?:https?:\/\/|www\.)\S+$`, 'iu');
    const literal = /^(?:https?:\/\/|www\.)\S+$/iu;
    for (const text of ['HTTPS://x.org/a', 'www.x.org', 'see www.x.org', 'http://a b']) {
      expect(url().test(text)).toBe(literal.test(text));
    }
  });
});
