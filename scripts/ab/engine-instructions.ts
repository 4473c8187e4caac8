/**
 * The engine's warm work in instructions, not milliseconds: on a shared host (load 8-10) wall-clock
 * A/Bs of a few per cent are noise, while instruction counts under valgrind and `--predictable`
 * repeat exactly (two runs of one tree: 540.1 M and 540.1 M). The tree's engine is bundled, the dev set's blocks are written to JSON (so the
 * HTML loader is not counted), and a plain `node --predictable` program warms the engine, then runs
 * ROUNDS more rounds over dev. It runs twice under cachegrind — with ROUNDS and with 0 — and the
 * difference, divided by ROUNDS, is one warm round, without start-up, loading or exit. The round is
 * split by function name into the engine's own work (JIT code, builtins, runtime: the figure to
 * compare), garbage collection, and optimising compilation — which under `--predictable` (no
 * background compiler) still runs for some 30 rounds and moves with every change of code shape.
 * Whether a major collection lands in the measured rounds is a threshold effect (0.2 M or 30 M a
 * round for near-identical trees), so its write barriers count as GC, not as the engine's work.
 * The cachegrind files stay in the printed folder for `cg_annotate` and per-function diffs.
 *
 *   npx tsx scripts/ab/engine-instructions.ts [--tree .] [--warm 20] [--rounds 4]
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadGold } from '../eval/load';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const TREE = resolve(opt('--tree', '.'));
const WARM = Number(opt('--warm', '20'));
const ROUNDS = Number(opt('--rounds', '4'));
const OUT = mkdtempSync(join(tmpdir(), 'engine-instructions-'));
const ROOT = resolve(import.meta.dirname, '../..');

/** The measured program: warm rounds, then `rounds` more; prints a digest of the last output. */
const PROGRAM = `
import { readFileSync } from 'node:fs';
import { extractAttributions } from './engine.mjs';
const articles = JSON.parse(readFileSync(new URL('./inputs.json', import.meta.url), 'utf8'));
const [warm, rounds] = process.argv.slice(2).map(Number);
let last = '';
for (let i = 0; i < warm + rounds; i++) for (const blocks of articles) last = extractAttributions(blocks);
console.log(JSON.stringify(last).length);
`;

type Kind = 'engine' | 'gc' | 'compiler';

/** What a function in cachegrind's output works for, by its name. */
function kindOf(fn: string): Kind {
  // Write barriers run only while a major collection marks: they follow the collector's schedule.
  if (/RecordWrite|WriteBarrier|EphemeronKeyBarrier/.test(fn)) return 'gc';
  if (fn === '???' || fn.startsWith('Builtins_')) return 'engine';
  if (
    /compiler::|maglev|Zone|_Rb_tree|interpreter::|CodeGenerator|Assembler|Compiler|Parser|Scanner|SourcePosition|Translation|Reloc/.test(
      fn,
    )
  )
    return 'compiler';
  if (
    /Heap|Scaveng|MarkCompact|heap::|Sweep|Marking|Evacuat|MemoryAllocator|Space|GC|SlotSet/.test(
      fn,
    )
  )
    return 'gc';
  return 'engine';
}

/** Instructions (Ir) of one run under cachegrind, summed per kind. */
function instructions(rounds: number): Record<Kind, number> {
  const file = join(OUT, `cachegrind.${rounds}.out`);
  execFileSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--smc-check=all-non-file',
      `--cachegrind-out-file=${file}`,
      'node',
      '--predictable',
      join(OUT, 'run.mjs'),
      String(WARM),
      String(rounds),
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  const sums: Record<Kind, number> = { engine: 0, gc: 0, compiler: 0 };
  let kind: Kind = 'engine';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('fn=')) kind = kindOf(line.slice(3));
    else if (/^\d/.test(line)) sums[kind] += Number(line.split(' ')[1] ?? 0);
  }
  return sums;
}

async function main(): Promise<void> {
  await build({
    entryPoints: [join(TREE, 'src/engine/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(OUT, 'engine.mjs'),
    logLevel: 'error',
  });
  const dev = loadGold(resolve(ROOT, '../shared/corpus/dev')).map((d) => d.article.blocks);
  writeFileSync(join(OUT, 'inputs.json'), JSON.stringify(dev));
  writeFileSync(join(OUT, 'run.mjs'), PROGRAM);
  const base = instructions(0);
  const total = instructions(ROUNDS);
  const perRound = (kind: Kind) => ((total[kind] - base[kind]) / ROUNDS / 1e6).toFixed(1);
  console.log(
    `${TREE} (warm ${WARM}, +${ROUNDS} rounds): one warm dev round, engine ${perRound('engine')} M ` +
      `instructions (JIT code, builtins, runtime), GC ${perRound('gc')} M, compiler ${perRound('compiler')} M; ` +
      `files in ${OUT}`,
  );
}

await main();
