/**
 * `npm run bench:engine`: median milliseconds for the engine on a 2,000-word article in Node.
 * Builds 2,000-word inputs from the corpus articles (repeating their blocks) and prints figures
 * only; speed is measured here, never asserted in a timed test.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAttributions } from '../src/engine/index';
import type { TextBlock } from '../src/engine/types';
import { loadGold } from './eval/load';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_WORDS = 2000;
const RUNS = 50;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

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

const docs = loadGold(resolve(root, '../shared/corpus/dev'));
const all: number[] = [];
for (const doc of docs) {
  const input = toTargetLength(doc.article.blocks);
  for (let i = 0; i < 5; i += 1) extractAttributions(input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    extractAttributions(input);
    times.push(performance.now() - t0);
  }
  all.push(...times);
  console.log(`${doc.id.padEnd(28)} ${median(times).toFixed(2)} ms`);
}
console.log(
  `median over ${docs.length} articles x ${RUNS} runs (${TARGET_WORDS} words each): ${median(all).toFixed(2)} ms`,
);
