import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lazyMap, lazySet, lazyValue, memoByWord, tablesBuilt } from './lazy';

describe('lazy tables', () => {
  it('builds a set on first use only, once', () => {
    const recipe = vi.fn(() => ['a', 'b']);
    const set = lazySet(recipe);
    expect(recipe).not.toHaveBeenCalled();
    const before = tablesBuilt();
    expect([set.has('a'), set.has('z'), set.size, [...set]]).toEqual([true, false, 2, ['a', 'b']]);
    expect(recipe).toHaveBeenCalledTimes(1);
    expect(tablesBuilt()).toBe(before + 1);
  });

  it.each([
    ['said', 'say'],
    ['told', 'tell'],
    ['none', undefined],
  ])('a map answers %s → %s like a Map', (key, value) => {
    const map = lazyMap(() => [
      ['said', 'say'],
      ['told', 'tell'],
    ]);
    expect(map.get(key)).toBe(value);
    expect(map.has(key)).toBe(value !== undefined);
    expect([...map.keys()]).toEqual(['said', 'told']);
  });

  const longWord = 'a-word-of-forty-characters-or-so-in-all';
  it.each([
    ['', true],
    ['at', true],
    ['by', false],
    ['as', false],
    ['it', false],
    ['reportedlY', false],
    ['said', false],
    ['reportedly', true],
    ['supposedly', false],
    [longWord, true],
    [`${longWord}!`, false],
  ])('answers %j by membership, whatever the lengths of the members', (word, member) => {
    const members = ['', 'at', 'reportedly', longWord];
    const set = lazySet(() => members);
    const map = lazyMap(() => members.map((m) => [m, m.length] as const));
    expect([set.has(word), map.has(word), map.get(word)]).toEqual([
      member,
      member,
      member ? word.length : undefined,
    ]);
  });

  it.each([
    [1, true],
    [2, false],
    ['1', false],
  ])('answers %j in a table of other values', (value, member) => {
    const set = lazySet<unknown>(() => [1, 'one']);
    const map = lazyMap<unknown, string>(() => [[1, 'one']]);
    expect([set.has(value), map.has(value)]).toEqual([member, member]);
  });

  it.each([
    ['officials', true],
    ['spokesman', false],
  ])('remembers the answer for %s', (word, answer) => {
    const compute = vi.fn((w: string) => w.endsWith('s'));
    const remembered = memoByWord(compute);
    expect([remembered(word), remembered(word)]).toEqual([answer, answer]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes a value once', () => {
    const make = vi.fn(() => ({ n: 1 }));
    const value = lazyValue(make);
    expect(value()).toBe(value());
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('loading the engine', () => {
  it('builds no table until the first extraction, then builds them', async () => {
    vi.resetModules();
    const lazy = await import('./lazy');
    const engine = await import('../index');
    expect(lazy.tablesBuilt()).toBe(0);
    const result = engine.extractAttributions([
      { kind: 'paragraph', text: 'The minister said the talks had reportedly failed.' },
    ]);
    expect(result.attributions).toHaveLength(1);
    expect(lazy.tablesBuilt()).toBeGreaterThan(10);
  });
});

/** Module-level statements that build a table or call a function at import time. */
const EAGER = /^(?:export )?(?:const|let) \w[^=\n]*= (?:new (?:Set|Map)\b|\w+\(|\[[^\n]*\]\.)/m;

describe('engine sources', () => {
  const root = resolve(import.meta.dirname, '..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
          ? [join(dir, e.name)]
          : [],
    );
  it.each(files(root).map((f) => [f.slice(root.length + 1), f]))(
    '%s builds nothing at module level',
    (_name, file) => {
      const source = readFileSync(file, 'utf8').replace(
        /= (?:lazySet|lazyMap|lazyValue|memoByWord|tokenClass)\b/g,
        '= 0 && ',
      );
      expect(source.match(EAGER)?.[0]).toBeUndefined();
    },
  );
});
