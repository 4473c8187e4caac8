/**
 * Cold extraction's compile work, counted instead of timed: in a fresh Chromium tab, which of the
 * bundle's functions run for the first time during `extractArticle` (after detection), and how
 * much source they hold. V8 compiles each on its first call, so on a shared, noisy machine this
 * deterministic count ranks two trees where wall-clock A/Bs (extract-ab.ts) cannot.
 *
 *   git archive OLD src | tar -x -C /tmp/old
 *   npx tsx scripts/ab/first-run.ts [--list] /tmp/old/src src -- tass 2k readability/yahoo-2/source.html
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { benchPath, startBenchServer } from '../bench/pages';
import { pageBundle } from './page-bundle';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const LIST = args.includes('--list');
const TREES = args.slice(0, split < 0 ? args.length : split).filter((a) => a !== '--list');
const PAGES = split < 0 ? ['tass'] : args.slice(split + 1);

/** The subset of CDP's precise-coverage reply this report reads. */
interface Coverage {
  result: {
    url: string;
    functions: {
      functionName: string;
      ranges: { startOffset: number; endOffset: number; count: number }[];
    }[];
  }[];
}

function bundle(root: string): Promise<string> {
  return pageBundle(
    `import { extractArticle } from '${root}/page/extract/index';
import { detectNews } from '${root}/page/detect/index';
(window as unknown as { __ab: unknown }).__ab = { extractArticle, detectNews };`,
    'first-run-bundle.js',
  );
}

/** Functions of our bundle that ran at least once, keyed by name and start offset. */
function ran(coverage: Coverage): Map<string, number> {
  const out = new Map<string, number>();
  for (const script of coverage.result) {
    if (!script.url.includes('first-run-bundle')) continue;
    for (const fn of script.functions) {
      const whole = fn.ranges[0]!;
      if (whole.count > 0)
        out.set(
          `${fn.functionName || '(anonymous)'}@${whole.startOffset}`,
          whole.endOffset - whole.startOffset,
        );
    }
  }
  return out;
}

const server = await startBenchServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const context = await browser.newContext();
  for (const name of PAGES) {
    for (const tree of TREES) {
      const code = await bundle(resolve(tree));
      const page = await context.newPage();
      await page.goto(server.origin + benchPath(name), { waitUntil: 'load' });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
      await page.evaluate(`(0, eval)(${JSON.stringify(code)})`);
      await page.evaluate('window.__ab.detectNews(document, location.href)');
      // Taking coverage resets the counts: the second reply holds extraction's calls only.
      const before = ran((await cdp.send('Profiler.takePreciseCoverage')) as Coverage);
      await page.evaluate('window.__ab.extractArticle(document)');
      const after = ran((await cdp.send('Profiler.takePreciseCoverage')) as Coverage);
      const first = [...after].filter(([key]) => !before.has(key));
      const bytes = first.reduce((sum, [, size]) => sum + size, 0);
      console.log(
        `${name}  ${tree}: ${first.length} functions first run in extraction, ${bytes} bytes`,
      );
      if (LIST) for (const [key, size] of first) console.log(`    ${key} [${size} b]`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
