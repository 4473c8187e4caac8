/**
 * `npm run bench:engine`: the engine's speed in Node, printed, never asserted in a timed test:
 * - warm: median ms on 2,000-word inputs built from the corpus articles (blocks repeated);
 * - cold: ms of the first call in a fresh process (what a page load pays), on a generated
 *   2,000-word article;
 * - throughput: MB/s of block text over the dev corpus;
 * - long: a generated 100,000-word article in one call, and in slices (longest slice).
 * `--cold WORDS` is the child mode used for the cold figure.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAttributions, extractAttributionsInSlices } from '../src/engine/index';
import type { TextBlock } from '../src/engine/types';
import { generateParagraphs } from './bench/generate';
import { loadGold } from './eval/load';

const self = fileURLToPath(import.meta.url);
const root = resolve(dirname(self), '..');
const TARGET_WORDS = 2000;
const RUNS = 50;
const COLD_RUNS = 5;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const generated = (count: number): TextBlock[] =>
  generateParagraphs(count).map((text) => ({ kind: 'paragraph', text }));

/** Repeat an article's blocks until it reaches the target length, then cut it there. */
function toTargetLength(blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let count = 0;
  while (count < TARGET_WORDS && blocks.length > 0) {
    for (const b of blocks) {
      out.push(b);
      count += words(b.text);
      if (count >= TARGET_WORDS) break;
    }
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** Child mode: one cold call, its milliseconds on stdout. */
function coldChild(count: number): void {
  const input = generated(count);
  console.log(timed(() => extractAttributions(input)).toFixed(2));
}

function coldRuns(): number[] {
  return Array.from({ length: COLD_RUNS }, () => {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, self, '--cold', String(TARGET_WORDS)],
      { encoding: 'utf8' },
    );
    return Number(child.stdout.trim());
  });
}

function warm(docs: ReturnType<typeof loadGold>): void {
  const all: number[] = [];
  for (const doc of docs) {
    const input = toTargetLength(doc.article.blocks);
    for (let i = 0; i < 5; i += 1) extractAttributions(input);
    const times = Array.from({ length: RUNS }, () => timed(() => extractAttributions(input)));
    all.push(...times);
    console.log(`${doc.id.padEnd(28)} ${median(times).toFixed(2)} ms`);
  }
  console.log(
    `warm: median over ${docs.length} articles x ${RUNS} runs (${TARGET_WORDS} words each): ${median(all).toFixed(2)} ms`,
  );
}

function throughput(docs: ReturnType<typeof loadGold>): void {
  const chars = docs.reduce(
    (n, d) => n + d.article.blocks.reduce((m, b) => m + b.text.length, 0),
    0,
  );
  const rounds = 10;
  const ms = timed(() => {
    for (let i = 0; i < rounds; i += 1) for (const d of docs) extractAttributions(d.article.blocks);
  });
  console.log(`throughput over dev: ${((chars * rounds) / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
}

function long(): void {
  const input = generated(100_000);
  console.log(
    `100,000 words, one call (warm): ${timed(() => extractAttributions(input)).toFixed(0)} ms`,
  );
  const run = extractAttributionsInSlices(input);
  const slices: number[] = [];
  for (let done = false; !done;) {
    const t0 = performance.now();
    done = run.next().done === true;
    slices.push(performance.now() - t0);
  }
  const total = slices.reduce((a, b) => a + b, 0);
  console.log(
    `100,000 words, default slices: ${slices.length} slices, ${total.toFixed(0)} ms in all, longest ${Math.max(...slices).toFixed(1)} ms`,
  );
}

const coldFlag = process.argv.indexOf('--cold');
if (coldFlag >= 0) {
  coldChild(Number(process.argv[coldFlag + 1] ?? TARGET_WORDS));
} else {
  const cold = coldRuns();
  console.log(
    `cold: first call in a fresh process, ${TARGET_WORDS} generated words: median ${median(cold).toFixed(1)} ms (${cold.map((t) => t.toFixed(1)).join(', ')})`,
  );
  const docs = loadGold(resolve(root, '../shared/corpus/dev'));
  warm(docs);
  throughput(docs);
  long();
}
