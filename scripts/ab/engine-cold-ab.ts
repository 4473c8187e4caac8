/**
 * A/B of the engine's cold and lukewarm cost between two source trees, in fresh Node processes: did
 * a larger engine make the background's first calls slower? Each tree's engine is bundled; every run
 * starts a new process (nothing compiled yet) and times either the generated 2,000-word article as
 * the very first call ("cold"), or the warmer's first run, then — after the warmer's remaining runs,
 * as a just-started background does — the 2,000-word article twice ("warm": first, 2k, 2k again).
 * Trees alternate run by run so load on a shared machine falls on both alike; medians are printed.
 *
 *   git archive OLD src scripts | tar -x -C /tmp/ab/old
 *   npx tsx scripts/ab/engine-cold-ab.ts --a /tmp/ab/old [--b .] [--runs 15]
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stats } from '../bench/stats';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const TREES = { A: resolve(opt('--a', '/tmp/ab/old')), B: resolve(opt('--b', '.')) };
const RUNS = Number(opt('--runs', '15'));
const OUT = mkdtempSync(join(tmpdir(), 'engine-ab-'));

/** The program each fresh process runs: one tree's engine, warmer and generated article. */
const program = (root: string) => `
import { extractAttributions } from '${root}/src/engine/index';
import { WARM_ARTICLE, WARM_RUNS } from '${root}/src/background/warm';
import { generateParagraphs } from '${root}/scripts/bench/generate';
const blocks = [
  { kind: 'headline', text: 'Officials say the talks made progress' },
  ...generateParagraphs(2000).map((text) => ({ kind: 'paragraph', text })),
];
const timed = (run) => { const t0 = performance.now(); run(); return performance.now() - t0; };
const once = () => extractAttributions(blocks);
if (process.argv[2] === 'cold') console.log(timed(once));
else {
  const first = timed(() => extractAttributions(WARM_ARTICLE));
  for (let i = 0; i < WARM_RUNS; i++) extractAttributions(WARM_ARTICLE);
  console.log([first, timed(once), timed(once)].join(' '));
}`;

async function main(): Promise<void> {
  for (const [name, root] of Object.entries(TREES)) {
    await build({
      stdin: { contents: program(root), resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: join(OUT, `${name}.mjs`),
      logLevel: 'error',
    });
  }
  const rows: Record<string, number[][]> = {};
  for (let i = 0; i < RUNS; i++) {
    for (const name of Object.keys(TREES)) {
      for (const mode of ['cold', 'warm']) {
        const out = execFileSync('node', [join(OUT, `${name}.mjs`), mode]).toString();
        (rows[`${name} ${mode}`] ??= []).push(out.trim().split(' ').map(Number));
      }
    }
  }
  console.log('tree mode   medians (ms): cold = 2k first; warm = warmer first, 2k, 2k again');
  for (const [key, runs] of Object.entries(rows)) {
    const medians = runs[0]!.map((_, j) => stats(runs.map((r) => r[j]!)).median.toFixed(2));
    console.log(key.padEnd(11), medians.join('  '));
  }
}

void main();
