import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldProblems, type GoldFile } from './gold-shape';
import { readerLines, readerText } from './reader';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every gold file of a set folder, as [id, path]. */
function goldFiles(dir: string): Array<[string, string]> {
  const path = resolve(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((id) => existsSync(join(path, id, 'gold.json')))
    .map((id) => [id, join(path, id, 'gold.json')]);
}

/**
 * The project's own gold must be scoreable exactly as the corpus gold is: every content copied from
 * the page as the annotator read it, every speaker (and `via`) a listed entity of a known type.
 */
describe.each(['tests/gold/tuning', 'tests/gold/sealed'])('gold in %s', (dir) => {
  const files = goldFiles(dir);
  it('has articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  it.each(files)('%s is well-formed', (_id, path) => {
    const gold = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
    const lines = readerLines(readerText(resolve(dirname(path), gold.file)));
    expect(goldProblems(gold, lines)).toEqual([]);
  });
});
