import { describe, expect, it } from 'vitest';
import { SpellingTable } from './spelling-table';

describe('spelling table', () => {
  const find = (table: SpellingTable<number>, text: string, a: number, b: number) =>
    table.find(text, a, b, SpellingTable.hashOf(text, a, b));
  const add = (table: SpellingTable<number>, key: string, value: number) =>
    table.add(key, SpellingTable.hashOf(key, 0, key.length), value);

  it('finds a spelling by its span in a larger text', () => {
    const table = new SpellingTable<number>(100);
    add(table, 'said', 1);
    expect(find(table, 'she said so', 4, 8)).toBe(1);
    expect(find(table, 'she says so', 4, 8)).toBeUndefined();
    expect(find(table, 'she sai', 4, 7)).toBeUndefined();
  });

  it('keeps every entry through growth', () => {
    const table = new SpellingTable<number>(100_000);
    for (let n = 0; n < 5000; n += 1) add(table, `w${n}`, n);
    for (let n = 0; n < 5000; n += 1)
      expect(find(table, ` w${n} `, 1, 2 + String(n).length)).toBe(n);
  });

  it('starts afresh past its limit', () => {
    const table = new SpellingTable<number>(2);
    add(table, 'a', 1);
    add(table, 'b', 2);
    add(table, 'c', 3);
    expect(find(table, 'a', 0, 1)).toBeUndefined();
    expect(find(table, 'c', 0, 1)).toBe(3);
  });
});
