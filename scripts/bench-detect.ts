/**
 * Benchmark: news detection's cost, three ways.
 *   npx tsx scripts/bench-detect.ts              warm, Node (linkedom): largest and slowest corpus page
 *   npx tsx scripts/bench-detect.ts --browser    warm in headless Chromium on the largest page
 *   npx tsx scripts/bench-detect.ts --cold [--runs N] [page ...]
 *     cold, as the content script pays it: one fresh browser context (and tab) per run, the
 *     detector bundled by esbuild and evaluated there, then its first and only call timed.
 *     Pages: 2k (generated), tass, or a readability corpus name (wikipedia-2 ...); `--entry PATH`
 *     bundles another detector (an older copy, to compare); repeat it to alternate several.
 * Wrap --browser and --cold in `flock /tmp/browser.lock`.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { detectNews } from '../src/page/detect/index';
import { CORPUS, parsePage, readManifest, readSavedPage } from '../tests/unit/page/corpus';

const RUNS = 200;
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const COLD_RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 11;
/** Indices of the values of `--entry` (repeatable). */
const entryValues = args.flatMap((a, i) => (a === '--entry' ? [i + 1] : []));
/**
 * The detectors to bundle: this tree's, or each `--entry PATH` (an older copy, say); with several,
 * their runs alternate page by page, so load on a shared machine hits each the same.
 */
const ENTRIES =
  entryValues.length > 0
    ? entryValues.map((i) => String(args[i]))
    : [join(import.meta.dirname, '../src/page/detect/index.ts')];
const COLD_PAGES = [
  '2k',
  'tass',
  'wikipedia',
  'wikipedia-2',
  'mozilla-1',
  'herald-sun-1',
  'yahoo-2',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(doc: Document, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    detectNews(doc);
    times.push(performance.now() - start);
  }
  return median(times);
}

function largestPage(): string {
  const pages = readManifest().map((row) => ({
    name: row.name,
    bytes: statSync(join(CORPUS, 'readability', row.name, 'source.html')).size,
  }));
  return pages.reduce((a, b) => (b.bytes > a.bytes ? b : a)).name;
}

function warmNode(): void {
  const largest = largestPage();
  const largestDoc = parsePage(readSavedPage(largest));
  time(largestDoc, 20);
  console.log(
    `largest page ${largest}: median ${time(largestDoc, RUNS).toFixed(3)} ms over ${RUNS} runs ` +
      `(linkedom, Node ${process.version})`,
  );
  const all = readManifest().map((r) => ({
    name: r.name,
    ms: time(parsePage(readSavedPage(r.name)), 30),
  }));
  const slowest = all.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`slowest page ${slowest.name}: median ${slowest.ms.toFixed(3)} ms`);
  console.log(`median over all ${all.length} pages: ${median(all.map((p) => p.ms)).toFixed(3)} ms`);
}

/** Timings read back from the page: bundle evaluation, then detection's first and later calls. */
interface InPage {
  evaluate: number;
  first: number;
  warm: number;
  verdict: string;
}

/** Evaluate the bundle in the page and time detection there (`warmRuns` more calls after the first). */
async function measureInPage(page: Page, source: string, warmRuns: number): Promise<InPage> {
  // Evaluated as a function body, so the bundle's `var` is published on the window explicitly.
  const evaluate = await page.evaluate(
    `(() => { const t = performance.now(); ${source}\n` +
      `window.__sourcelightDetect = __sourcelightDetect; return performance.now() - t; })()`,
  );
  const figures = await page.evaluate((runs: number) => {
    type Api = { detectNews: (d: Document, url?: string) => { verdict: string } };
    const api = (globalThis as unknown as { __sourcelightDetect: Api }).__sourcelightDetect;
    let start = performance.now();
    // No URL: the canonical link stands in for the address the page really had.
    const { verdict } = api.detectNews(document);
    const first = performance.now() - start;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      start = performance.now();
      api.detectNews(document);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    if (!crossOriginIsolated) throw new Error('not cross-origin isolated: timings are coarse');
    return { first, verdict, warm: times[Math.floor(runs / 2)] ?? NaN };
  }, warmRuns);
  return { evaluate: Number(evaluate), ...figures };
}

async function inChromium(
  run: (ctx: {
    fresh: (path: string) => Promise<Page>;
    sources: string[];
    version: string;
  }) => Promise<void>,
): Promise<void> {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../tests/e2e/server');
  const { tassPage } = await import('../tests/fixtures/pages/tass');
  const { generateNewsPage } = await import('./bench/generate');
  const sources: string[] = [];
  for (const entry of ENTRIES) {
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: '__sourcelightDetect',
      target: 'es2022',
    });
    sources.push(bundle.outputFiles[0]?.text ?? '');
  }
  const server = await startServer();
  server.route('/bench/tass.html', () => tassPage());
  server.route('/bench/2k.html', () => generateNewsPage(2_000));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const fresh = async (name: string): Promise<Page> => {
    const path = ['2k', 'tass'].includes(name)
      ? `/bench/${name}.html`
      : `/corpus/readability/${name}/source.html`;
    const context = await browser.newContext({ bypassCSP: true });
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    await context.route(server.origin + path, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), ...ISOLATION };
      await route.fulfill({ response, headers });
    });
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    return page;
  };
  try {
    await run({ fresh, sources, version: browser.version() });
  } finally {
    await browser.close();
    await server.close();
  }
}

const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'credentialless',
};

const fmt = (n: number): string => n.toFixed(2).padStart(7);

if (args.includes('--cold')) {
  const valueAt = new Set([runsAt + 1, ...entryValues]);
  const named = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
  await inChromium(async ({ fresh, sources, version }) => {
    console.log(`# Detection cold: first call in a fresh context, ${COLD_RUNS} runs · ${version}`);
    ENTRIES.forEach((entry, e) => console.log(`# entry ${e}: ${entry}`));
    console.log(`page        entry  cold med    min    max   eval med  warm med  verdict`);
    for (const name of named.length > 0 ? named : COLD_PAGES) {
      const runs: InPage[][] = sources.map(() => []);
      for (let i = 0; i < COLD_RUNS; i++) {
        for (const [e, source] of sources.entries()) {
          const page = await fresh(name);
          runs[e]?.push(await measureInPage(page, source, 20));
          await page.context().close();
        }
      }
      for (const [e, entryRuns] of runs.entries()) {
        const first = entryRuns.map((r) => r.first).sort((a, b) => a - b);
        console.log(
          `${name.padEnd(14)} ${e}  ${fmt(median(first))} ${fmt(first[0] ?? NaN)} ` +
            `${fmt(first.at(-1) ?? NaN)}    ${fmt(median(entryRuns.map((r) => r.evaluate)))}   ` +
            `${fmt(median(entryRuns.map((r) => r.warm)))}  ${entryRuns[0]?.verdict}`,
        );
      }
    }
  });
} else if (args.includes('--browser')) {
  const name = largestPage();
  await inChromium(async ({ fresh, sources, version }) => {
    const page = await fresh(name);
    const r = await measureInPage(page, sources[0] ?? '', RUNS);
    console.log(
      `Chromium (${version}), ${name}: median ${r.warm.toFixed(3)} ms over ${RUNS} runs; ` +
        `first call ${r.first.toFixed(3)} ms`,
    );
  });
} else warmNode();
