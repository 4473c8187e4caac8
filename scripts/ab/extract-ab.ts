/**
 * A/B of the page side's cold first calls between two source trees (e.g. an old commit unpacked with
 * `git archive` and the working tree): each tree's detector and extractor are bundled, and each
 * fresh tab of the same page evaluates one bundle, then times detection and extraction (run in one
 * go, as Node does) with 5 µs timers. Builds alternate tab by tab so load on a shared machine falls
 * on both alike; the report gives medians and the ratio B/A, and checks that both extract the same.
 *
 * Wall-clock figures on a shared machine are noisy: compare within one run, with many runs.
 *
 *   git archive OLD src | tar -x -C /tmp/old
 *   npx tsx scripts/ab/extract-ab.ts --a /tmp/old/src --b src [--runs 15] [--stages [--warm]] [page ...]
 *
 * Pages: tass, 2k, 100k or a corpus path (readability/yahoo-2/source.html). `--stages` also times
 * each extraction stage, cold, in a tab of its own (`--warm`: then again, warm, in that tab: what
 * stays is the work itself, the rest was compiling and first runs); `JSF=--no-maglev` passes V8
 * flags to Chromium.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { keepPriority } from '../bench/priority';
import { benchPath, startBenchServer } from '../bench/pages';
import { stats } from '../bench/stats';
import { pageBundle } from './page-bundle';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const A = resolve(opt('--a', '/tmp/ab/old/src'));
const B = resolve(opt('--b', 'src'));
const RUNS = Number(opt('--runs', '15'));
const named = new Set(['--a', '--b', '--runs']);
const PAGES = args.filter((a, i) => !a.startsWith('--') && !named.has(args[i - 1] ?? ''));

function bundle(root: string): Promise<string> {
  const echoes = readFileSync(`${root}/page/extract/headline.ts`, 'utf8').includes('titleEchoes');
  return pageBundle(
    [
      `import { extractArticle } from '${root}/page/extract/index';`,
      `import { detectNews } from '${root}/page/detect/index';`,
      `import { readJsonLd } from '${root}/page/meta';`,
      `import { statedMeta, findHeadline, findStandfirst${echoes ? ', titleEchoes' : ''} } from '${root}/page/extract/headline';`,
      `import { bodyContainerSteps } from '${root}/page/extract/root';`,
      `import { readBlockSteps, readSingleBlock } from '${root}/page/extract/blocks';`,
      `import { keepBlock${echoes ? ', keepBlocks' : ''} } from '${root}/page/extract/filter';`,
      `import { runSteps } from '${root}/page/steps';`,
      // The extraction's stages one by one, each timed (cold: each pays its first compile).
      `function staged(doc) {`,
      `  const t = [performance.now()];`,
      `  const meta = statedMeta(doc, readJsonLd(doc)); t.push(performance.now());`,
      `  const containers = runSteps(bodyContainerSteps(doc)); t.push(performance.now());`,
      `  const raw = runSteps(readBlockSteps(containers)); t.push(performance.now());`,
      `  const body = ${echoes ? 'keepBlocks(raw)' : 'raw.filter(keepBlock)'}; t.push(performance.now());`,
      `  const el = findHeadline(doc, meta); const h = el ? readSingleBlock(el, 'headline') : null; t.push(performance.now());`,
      `  ${echoes ? 'titleEchoes(body, meta);' : ''} t.push(performance.now());`,
      `  if (el && body[0]) findStandfirst(el, body[0].element, meta); t.push(performance.now());`,
      `  return t.slice(1).map((x, i) => x - t[i]);`,
      `}`,
      `(window as any).__ab = { extractArticle, detectNews, staged };`,
    ].join('\n'),
    'ab-bundle.js',
  );
}

const STAGES = ['meta', 'containers', 'blocks', 'filter', 'headline', 'echoes', 'standfirst'];
const STAGED = args.includes('--stages');
const JS_FLAGS = process.env.JSF ? [`--js-flags=${process.env.JSF}`] : [];
const KEYS = [
  'evalMs',
  'detectMs',
  'extractMs',
  ...(STAGED ? STAGES : []),
  ...(args.includes('--warm') ? STAGES.map((s) => `${s}.warm`) : []),
] as const;
type Outcome = Record<string, number>;
interface Output {
  verdict: string;
  signature: string;
}

const timed = (body: string) =>
  `(() => { const t = performance.now(); ${body}; return performance.now() - t; })()`;
const SIGNATURE = `(() => {
  const a = window.__abArticle;
  return { verdict: window.__abVerdict,
    signature: a ? a.title + '\\n' + a.blocks.map((b) => b.kind + ':' + b.text).join('\\n') : '' };
})()`;

async function measure(page: Page, code: string): Promise<{ times: Outcome; out: Output }> {
  const evalMs = (await page.evaluate(timed(`(0, eval)(${JSON.stringify(code)})`))) as number;
  const detectMs = (await page.evaluate(
    timed('window.__abVerdict = window.__ab.detectNews(document, location.href).verdict'),
  )) as number;
  const extractMs = (await page.evaluate(
    timed('window.__abArticle = window.__ab.extractArticle(document)'),
  )) as number;
  const out = (await page.evaluate(SIGNATURE)) as Output;
  // Stages are timed in a fresh tab of their own: extraction above already warmed this one.
  const stages: Record<string, number> = {};
  if (STAGED) {
    const fresh = await page.context().newPage();
    await fresh.goto(page.url(), { waitUntil: 'load' });
    await fresh.waitForTimeout(50);
    await fresh.evaluate(`(0, eval)(${JSON.stringify(code)})`);
    await fresh.evaluate('window.__ab.detectNews(document, location.href)');
    const times = (await fresh.evaluate('window.__ab.staged(document)')) as number[];
    STAGES.forEach((name, i) => (stages[name] = times[i] ?? 0));
    if (args.includes('--warm')) {
      const warm = (await fresh.evaluate('window.__ab.staged(document)')) as number[];
      STAGES.forEach((name, i) => (stages[`${name}.warm`] = warm[i] ?? 0));
    }
    await fresh.close();
  }
  const times = {
    evalMs,
    detectMs,
    extractMs,
    ...stages,
  };
  return { times, out };
}

async function main(): Promise<void> {
  // Headless renderers run at background priority: keep them at this process's own.
  const priority = keepPriority();
  const codes = { A: await bundle(A), B: await bundle(B) };
  const server = await startBenchServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-renderer-backgrounding', ...JS_FLAGS],
  });
  const context = await browser.newContext();
  await context.route(`${server.origin}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'credentialless',
      },
    });
  });
  console.log(`A = ${A}\nB = ${B}\n${RUNS} cold tabs per build and page, alternating`);
  const pages = PAGES.length ? PAGES : ['tass', '2k', 'readability/yahoo-2/source.html'];
  try {
    for (const name of pages) {
      const path = benchPath(name);
      const runs: Record<'A' | 'B', Outcome[]> = { A: [], B: [] };
      const outs: Partial<Record<'A' | 'B', Output>> = {};
      for (let run = 0; run < RUNS; run++) {
        const order = run % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
        for (const which of order) {
          const page = await context.newPage();
          await page.goto(server.origin + path, { waitUntil: 'load' });
          await page.waitForTimeout(50);
          const { times, out } = await measure(page, codes[which]);
          runs[which].push(times);
          outs[which] = out;
          await page.close();
        }
      }
      const same = outs.A?.signature === outs.B?.signature && outs.A?.verdict === outs.B?.verdict;
      console.log(`\n${name}: same output: ${same} (verdict ${outs.B?.verdict})`);
      for (const key of KEYS) {
        const a = stats(runs.A.map((r) => r[key] ?? NaN));
        const b = stats(runs.B.map((r) => r[key] ?? NaN));
        const ratios = runs.A.map((r, i) => (runs.B[i]?.[key] ?? NaN) / (r[key] ?? NaN));
        console.log(
          `  ${key.padEnd(10)} A ${a.median.toFixed(3).padStart(8)}  B ${b.median.toFixed(3).padStart(8)}  ` +
            `B/A of medians ${(b.median / a.median).toFixed(2)}  median pair ratio ${stats(ratios).median.toFixed(2)}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
    priority.stop();
  }
}

await main();
