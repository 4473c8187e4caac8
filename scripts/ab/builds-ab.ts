/**
 * A/B of two built extensions (directories copied from .output/chrome-mv3) as the bench measures
 * them: one TASS load, then 9 loads of each page in the same background (the 2,000-word page by
 * default); prints the content script's stage timings (medians, min, max), builds alternating.
 *
 *   npx tsx scripts/ab/builds-ab.ts DIR_A DIR_B [rounds]
 */
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrowserBench } from '../bench/browser';
import { benchPath, startBenchServer } from '../bench/pages';
import { keepPriority } from '../bench/priority';
import { fmt } from '../bench/stats';

const [dirA = '', dirB = '', rounds = '2'] = process.argv.slice(2);
/** Pages measured after the first TASS load (`PAGES=tass,2k`); the 2,000-word page by default. */
const PAGES = (process.env.PAGES ?? '2k').split(',');
const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const priority = keepPriority();
const server = await startBenchServer();
try {
  for (let round = 0; round < Number(rounds); round++) {
    for (const [name, dir] of round % 2
      ? [
          ['B', dirB],
          ['A', dirA],
        ]
      : [
          ['A', dirA],
          ['B', dirB],
        ]) {
      rmSync(OUT, { recursive: true, force: true });
      cpSync(dir!, OUT, { recursive: true });
      const bench = await BrowserBench.start(server.origin);
      try {
        await bench.measure(`${server.origin}/bench/tass.html`, 1);
        for (const page of PAGES) {
          const f = await bench.measure(`${server.origin}${benchPath(page)}`, 9);
          const s = (k: string) => {
            const x = f.stages[k];
            return x ? `${fmt(x.median)} (${fmt(x.min)}-${fmt(x.max)})` : '-';
          };
          console.log(
            `${name} ${page}: detect ${s('detect')} · extract ${s('extract')} · engine ran ` +
              `${s('engineRun')} · round trip ${s('engine')} · total ${fmt(f.total.median)}`,
          );
        }
      } finally {
        await bench.close();
      }
    }
  }
} finally {
  await server.close();
  priority.stop();
  rmSync(OUT, { recursive: true, force: true });
  cpSync(dirB, OUT, { recursive: true });
}
