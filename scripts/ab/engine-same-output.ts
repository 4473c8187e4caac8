/**
 * Exactness check for engine speed work: every dev and tuning article, and generated 2k / 10k-word
 * articles, through two trees' `extractAttributions` (each bundled by esbuild, loaded side by side);
 * prints the texts whose serialised records differ. Speed changes must leave this at 0 — the eval's
 * figures alone could hide a record that moved from one wrong answer to another.
 *
 *   git archive OLD src | tar -x -C /tmp/ab/old
 *   npx tsx scripts/ab/engine-same-output.ts --a /tmp/ab/old [--b .]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TextBlock } from '../../src/engine/types';
import { loadEngine, type Extract } from './engine-bundle';
import { generateParagraphs } from '../bench/generate';
import { loadGold } from '../eval/load';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const TREES = { A: resolve(opt('--a', '/tmp/ab/old')), B: resolve(opt('--b', '.')) };
const OUT = mkdtempSync(join(tmpdir(), 'engine-same-'));
const ROOT = resolve(import.meta.dirname, '../..');

const load = (name: string, root: string): Promise<Extract> => loadEngine(name, root, OUT);

/** Every input the check runs: the gold sets' articles and two generated lengths. */
function inputs(): { name: string; blocks: TextBlock[] }[] {
  const out: { name: string; blocks: TextBlock[] }[] = [];
  for (const [set, dir] of [
    ['dev', resolve(ROOT, '../shared/corpus/dev')],
    ['tuning', resolve(ROOT, 'tests/gold/tuning')],
  ] as const) {
    for (const doc of loadGold(dir))
      out.push({ name: `${set}/${doc.id}`, blocks: doc.article.blocks });
  }
  for (const words of [2000, 10_000]) {
    const blocks = generateParagraphs(words).map((text): TextBlock => ({
      kind: 'paragraph',
      text,
    }));
    out.push({ name: `generated/${words}`, blocks });
  }
  return out;
}

const run = (extract: Extract, blocks: TextBlock[]) => {
  try {
    return JSON.stringify(extract(blocks));
  } catch (e) {
    return `error ${String(e)}`;
  }
};

async function main(): Promise<void> {
  const [a, b] = [await load('A', TREES.A), await load('B', TREES.B)];
  const texts = inputs();
  let differ = 0;
  for (const { name, blocks } of texts) {
    // Twice each, so state kept between calls (memo tables) cannot hide behind a first run.
    const outA = run(a, blocks) + run(a, blocks);
    const outB = run(b, blocks) + run(b, blocks);
    if (outA !== outB) {
      differ += 1;
      console.log(`differs: ${name}`);
    }
  }
  console.log(`${differ} of ${texts.length} texts differ (A = ${TREES.A}, B = ${TREES.B})`);
  if (differ > 0) process.exitCode = 1;
}

await main();
