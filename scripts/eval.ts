/**
 * `npm run eval`: score the engine with the corpus README's rule on every gold set side by side —
 * dev (`../shared/corpus/dev`), tuning (`tests/gold/tuning`) and sealed (`tests/gold/sealed`) — so a
 * change that helps the articles it was made on but not unseen ones shows at once.
 *
 * `npm run eval -- --sets=dev,tuning` scores only those sets;
 * `npm run eval -- --set tuning [--verbose] [--only=ID]` (or `--dir PATH`) prints one set article by
 * article; `--verbose` lists every miss, speaker error and false positive. Read the sealed set's
 * errors only once it has been scored at first contact: after that it is a tuning set
 * (`tests/gold/README.md`).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGold } from './eval/load';
import { printArticles, scoreSet, type SetScore } from './eval/report';
import { prf } from './eval/score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const eq = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const flag = args.indexOf(`--${name}`);
  return eq ?? (flag >= 0 ? args[flag + 1] : undefined);
};

/** The gold sets, in the order they are printed. */
const SETS: Record<string, string> = {
  dev: '../shared/corpus/dev',
  tuning: 'tests/gold/tuning',
  sealed: 'tests/gold/sealed',
};

const chosen = option('dir') ?? (option('set') !== undefined ? SETS[option('set') ?? ''] : null);
if (chosen === undefined) {
  process.stderr.write(`unknown set; choose one of ${Object.keys(SETS).join(', ')}\n`);
  process.exit(2);
}
if (chosen !== null) {
  printArticles(loadGold(resolve(root, chosen)), {
    verbose: args.includes('--verbose'),
    only: option('only'),
  });
} else {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  console.log('set      articles gold pred | content P    R    F1 | attrib P    R    F1');
  // `--sets=dev,tuning` leaves the sealed set unscored while it is still waiting for first contact.
  const wanted = option('sets')?.split(',') ?? Object.keys(SETS);
  for (const [name, dir] of Object.entries(SETS)) {
    if (!wanted.includes(name)) continue;
    const path = resolve(root, dir);
    if (!existsSync(path)) continue;
    const docs = loadGold(path);
    if (docs.length === 0) continue;
    const s: SetScore = scoreSet(docs);
    const c = prf(s.content, s.predicted, s.gold);
    const a = prf(s.right, s.predicted, s.gold);
    console.log(
      `${name.padEnd(8)} ${String(docs.length).padStart(8)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(4)} | ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)} | ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}`,
    );
  }
}
