/**
 * Benchmark: news detection's median time on the largest page of ../shared/corpus/readability
 * (and the slowest page), parsed once with linkedom, detection run many times.
 * Run: npx tsx scripts/bench-detect.ts [--browser]  (wrap --browser in `flock /tmp/browser.lock`)
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { detectNews } from '../src/page/detect/index';
import { CORPUS, parsePage, readManifest, readSavedPage } from '../tests/unit/page/corpus';

const RUNS = 200;

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

const pages = readManifest().map((row) => ({
  name: row.name,
  bytes: statSync(join(CORPUS, 'readability', row.name, 'source.html')).size,
}));
const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const largestDoc = parsePage(readSavedPage(largest.name));
time(largestDoc, 20);
const figure = time(largestDoc, RUNS);
console.log(
  `largest page ${largest.name} (${(largest.bytes / 1024).toFixed(0)} KiB): ` +
    `median ${figure.toFixed(3)} ms over ${RUNS} runs (linkedom, Node ${process.version})`,
);

const all = pages.map((p) => ({ name: p.name, ms: time(parsePage(readSavedPage(p.name)), 30) }));
const slowest = all.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(`slowest page ${slowest.name}: median ${slowest.ms.toFixed(3)} ms`);
console.log(`median over all ${all.length} pages: ${median(all.map((p) => p.ms)).toFixed(3)} ms`);

/**
 * `--browser`: the same figure inside headless Chromium (the environment detection really runs
 * in), with detection bundled by esbuild and evaluated in the page; first (cold) call reported too.
 */
async function browserFigure(name: string): Promise<void> {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../tests/e2e/server');
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, '../src/page/detect/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__sourcelightDetect',
    target: 'es2022',
  });
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${server.origin}/corpus/readability/${name}/source.html`);
    // Evaluated as a function body, so the bundle's `var` is published on the window explicitly.
    const source = bundle.outputFiles[0]?.text ?? '';
    await page.evaluate(`${source}\nwindow.__sourcelightDetect = __sourcelightDetect;`);
    const figures = await page.evaluate((runs: number) => {
      const api = (
        globalThis as unknown as { __sourcelightDetect: { detectNews: (d: Document) => unknown } }
      ).__sourcelightDetect;
      let start = performance.now();
      api.detectNews(document);
      const cold = performance.now() - start;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        start = performance.now();
        api.detectNews(document);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return { cold, median: times[Math.floor(runs / 2)] as number };
    }, RUNS);
    console.log(
      `Chromium (${browser.version()}), ${name}: median ${figures.median.toFixed(3)} ms over ${RUNS} ` +
        `runs; first call ${figures.cold.toFixed(3)} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv.includes('--browser')) await browserFigure(largest.name);
