/**
 * Where the content script's time goes, per page: the page pipeline bundled unminified (esbuild),
 * evaluated cold in a fresh headless-Chromium tab under the CDP sampling profiler, then self time
 * summed per source file and per function. Explains `npm run bench` figures; prints no verdicts.
 *
 *   flock /tmp/browser.lock npx tsx scripts/bench-profile.ts [--runs N] [page ...]
 * Pages: tass, 2k, 100k, or a corpus path such as readability/yahoo-2/source.html.
 * The extension runs the engine in its background; here it runs in the page (`engine-in-page.ts`),
 * cold, so the engine's row is what a just-started background pays, profiled beside the page stages.
 */
import { build } from 'esbuild';
import { chromium, type CDPSession } from 'playwright-core';
import { benchPath, startBenchServer } from './bench/pages';
import { fmt, printTable, stats } from './bench/stats';
import type { ProfileOutcome } from './bench/profile-entry';

interface CallFrame {
  functionName: string;
  lineNumber: number;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const pageArgs = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
const PAGES = pageArgs.length > 0 ? pageArgs : ['tass', '2k', '100k'];
const BUNDLE_URL = 'sourcelight-profile.js';

async function bundle(): Promise<{ code: string; fileOfLine: (line: number) => string }> {
  const out = await build({
    entryPoints: [new URL('./bench/profile-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    minify: false,
    banner: {
      js: [
        'window.__slEvalStart = performance.now();',
        'window.__slLongTasks = [];',
        'new PerformanceObserver((l) => window.__slLongTasks.push(...l.getEntries()))',
        "  .observe({ type: 'longtask' });",
      ].join('\n'),
    },
  });
  const code = out.outputFiles[0]!.text + `\n//# sourceURL=${BUNDLE_URL}`;
  // esbuild heads each module with a "// path" comment: map any line back to its file.
  const starts: [number, string][] = [];
  code.split('\n').forEach((line, i) => {
    const m = /^ {2}\/\/ (\S+\.ts)$/.exec(line);
    if (m) starts.push([i, m[1]!.replace(/^(?:\.\.\/)+/, '')]);
  });
  const fileOfLine = (line: number) => {
    let file = '(bundle prelude)';
    for (const [start, name] of starts) {
      if (start > line) break;
      file = name;
    }
    return file;
  };
  return { code, fileOfLine };
}

function selfTimes(
  profile: CpuProfile,
  fileOfLine: (line: number) => string,
  lines: readonly string[],
) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const files = new Map<string, number>();
  const functions = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!frame) return;
    const ours = frame.url.endsWith(BUNDLE_URL);
    const file = ours
      ? fileOfLine(frame.lineNumber)
      : frame.url
        ? 'page scripts'
        : frame.functionName;
    if (file === '(idle)') return;
    files.set(file, (files.get(file) ?? 0) + ms);
    // Anonymous functions are told apart by the code where they start.
    const anonymous = ours
      ? `(${lines[frame.lineNumber]?.trim().slice(0, 48) ?? '?'})`
      : '(native)';
    const fn = `${frame.functionName || anonymous} · ${file}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  });
  return { files, functions };
}

async function profileOnce(cdp: CDPSession, code: string) {
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await cdp.send('Runtime.evaluate', { expression: code });
  const deadline = Date.now() + 60_000;
  let outcome: ProfileOutcome | undefined;
  while (!outcome && Date.now() < deadline) {
    const r = await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(window.__slDone ? window.__slProfile : null)',
      returnByValue: true,
    });
    outcome = JSON.parse(String(r.result.value)) ?? undefined;
    if (!outcome) await new Promise((r) => setTimeout(r, 20));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  if (!outcome) throw new Error('the pipeline never finished');
  return { outcome, profile };
}

function add(into: Map<string, number[]>, from: Map<string, number>): void {
  for (const [k, v] of from) into.set(k, [...(into.get(k) ?? []), v]);
}

async function main(): Promise<void> {
  const { code, fileOfLine } = await bundle();
  const lines = code.split('\n');
  const server = await startBenchServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  console.log(`# Content-script profile · ${browser.version()} · ${RUNS} cold runs per page`);
  try {
    for (const name of PAGES) {
      const path = benchPath(name);
      const stageRuns = new Map<string, number[]>();
      const fileRuns = new Map<string, number[]>();
      const fnRuns = new Map<string, number[]>();
      const longTasks: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage();
        await page.goto(server.origin + path, { waitUntil: 'load' });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        const { outcome, profile } = await profileOnce(cdp, code);
        const stages = new Map<string, number>([
          ['module evaluation', outcome.moduleEval],
          ...Object.entries(outcome.timings),
          ['run (detect → highlights)', outcome.run],
        ]);
        add(stageRuns, stages);
        longTasks.push(
          outcome.longTasks.map(([at, ms]) => `${fmt(ms, 0)} ms at +${fmt(at, 0)}`).join(', ') ||
            'none',
        );
        const { files, functions } = selfTimes(profile, fileOfLine, lines);
        add(fileRuns, files);
        add(fnRuns, functions);
        await page.close();
      }
      const median = (v: number[]) => stats([...v, ...Array(RUNS - v.length).fill(0)]).median;
      const top = (m: Map<string, number[]>, n: number) =>
        [...m]
          .map(([k, v]) => [k, median(v)] as const)
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([k, v]) => [k, fmt(v)]);
      printTable(
        `${name}: stages (ms, performance.now in the page)`,
        ['stage', 'median', 'min', 'max'],
        [...stageRuns].map(([k, v]) => {
          const s = stats(v);
          return [k, fmt(s.median), fmt(s.min), fmt(s.max)];
        }),
      );
      printTable(
        `${name}: tasks over 50 ms per run (duration, start after the run began)`,
        ['run', 'long tasks'],
        longTasks.map((t, i) => [String(i + 1), t]),
      );
      printTable(
        `${name}: self time per file (ms, CPU profile)`,
        ['file', 'median'],
        top(fileRuns, 16),
      );
      printTable(
        `${name}: hottest functions (ms self time)`,
        ['function · file', 'median'],
        top(fnRuns, 20),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
