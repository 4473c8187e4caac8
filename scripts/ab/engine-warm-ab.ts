/**
 * A/B of the engine's warm speed between two source trees, in ONE Node process: both trees' engines
 * are bundled and loaded side by side, warmed, then timed in alternating rounds over the dev set's
 * blocks, so load on a shared machine falls on both alike (separate `bench:engine` runs minutes
 * apart differed by 2× on this host). Prints medians, minima and the ratio B/A.
 *
 *   git archive OLD src | tar -x -C /tmp/ab/old
 *   npx tsx scripts/ab/engine-warm-ab.ts --a /tmp/ab/old [--b .] [--rounds 40]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadEngine, type Extract } from './engine-bundle';
import { loadGold } from '../eval/load';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const TREES = { A: resolve(opt('--a', '/tmp/ab/old')), B: resolve(opt('--b', '.')) };
const ROUNDS = Number(opt('--rounds', '40'));
const WARM_ROUNDS = 25;
const OUT = mkdtempSync(join(tmpdir(), 'engine-warm-ab-'));

const load = (name: string, root: string): Promise<Extract> => loadEngine(name, root, OUT);

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1] ?? NaN;

async function main(): Promise<void> {
  const articles = loadGold(resolve(import.meta.dirname, '../../../shared/corpus/dev')).map(
    (doc) => doc.article.blocks,
  );
  const bytes = articles.reduce((n, a) => n + a.reduce((m, b) => m + b.text.length, 0), 0);
  const engines = [await load('A', TREES.A), await load('B', TREES.B)];
  const round = (extract: Extract) => {
    const t0 = performance.now();
    for (const blocks of articles) extract(blocks);
    return performance.now() - t0;
  };
  for (let i = 0; i < WARM_ROUNDS; i++) for (const e of engines) round(e);
  const times: number[][] = [[], []];
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) times[k]!.push(round(engines[k]!));
  }
  console.log(
    `A = ${TREES.A}\nB = ${TREES.B}\n${ROUNDS} alternating rounds over dev (${bytes} chars)`,
  );
  for (const [k, name] of ['A', 'B'].entries()) {
    const med = median(times[k]!);
    const mbs = bytes / 1e6 / (med / 1e3);
    console.log(
      `${name}  median ${med.toFixed(1)} ms  min ${Math.min(...times[k]!).toFixed(1)} ms  ${mbs.toFixed(2)} MB/s`,
    );
  }
  console.log(`B/A of medians ${(median(times[1]!) / median(times[0]!)).toFixed(3)}`);
}

await main();
