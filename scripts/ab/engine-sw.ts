/**
 * Where the background engine's time goes: the built extension in Chromium, an extension page
 * sending the generated 2,000-word article's blocks as `extract` requests back to back, with the
 * engine's own time (engineMs, measured in the service worker) and the on-CPU time of every thread
 * of the browser's processes over each request (kernel schedstat), by thread name.
 *
 *   npm run build && npx tsx scripts/ab/engine-sw.ts [--runs 30]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { launch } from '../../tests/e2e/browsers';
import { extractArticle } from '../../src/page/extract/index';
import { generateNewsPage } from '../bench/generate';
import { keepPriority } from '../bench/priority';
import { stats } from '../bench/stats';
import { WARM_ARTICLE } from '../../src/background/warm';
import type { TextBlock } from '../../src/engine/types';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] || 30);

/** ns on CPU per "pid/comm" thread of this process's descendants. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmd.includes('sourcelight-chromium') && !cmd.includes('--type=')) continue;
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    const ext = cmd.includes('--extension-process') ? '+ext' : '';
    for (const tid of tids) {
      try {
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const ns = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
        const key = `${type}${ext}:${pid}:${comm}`;
        out.set(key, (out.get(key) ?? 0) + ns);
      } catch {
        // gone
      }
    }
  }
  return out;
}

const priority = keepPriority();
const { document } = parseHTML(generateNewsPage(2_000));
const blocks = extractArticle(document as unknown as Document)!.blocks;
const session = await launch('chromium', {
  chromiumArgs: process.env.JSF ? [`--js-flags=${process.env.JSF}`] : [],
});
try {
  const page = await session.open(`${session.extensionOrigin}/popup.html?probe=1`);
  const sendBlocks = (list: readonly TextBlock[]) =>
    page.evaluate(async (b) => {
      const t = performance.now();
      const runtime = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
        }
      ).chrome.runtime;
      const reply = (await runtime.sendMessage({
        sourcelight: 1,
        type: 'extract',
        payload: { blocks: b },
      })) as { engineMs: number };
      return { engineMs: reply.engineMs, roundTrip: performance.now() - t };
    }, list);
  const send = () => sendBlocks(blocks);
  if (args.includes('--warm')) {
    // As the content script does once detection calls a page news: the background warms itself.
    await page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ sourcelight: 1, type: 'warm', payload: null }),
    );
    await new Promise((r) => setTimeout(r, 1000));
  }
  const preAt = args.indexOf('--pre');
  const pre = preAt >= 0 ? Number(args[preAt + 1]) : 0;
  const preMs: number[] = [];
  for (let i = 0; i < pre; i++) preMs.push((await sendBlocks(WARM_ARTICLE)).engineMs);
  if (pre)
    console.log(
      `pre: ${pre} runs of the warm article, ${preMs.reduce((a, b) => a + b, 0).toFixed(1)} ms in all`,
    );
  const engine: number[] = [];
  const trip: number[] = [];
  const cpu = new Map<string, number[]>();
  for (let run = 0; run < RUNS; run++) {
    const before = threadCpu();
    const r = await send();
    const after = threadCpu();
    engine.push(r.engineMs);
    trip.push(r.roundTrip);
    for (const [k, v] of after) {
      const d = (v - (before.get(k) ?? 0)) / 1e6;
      cpu.set(k, [...(cpu.get(k) ?? []), d]);
    }
    console.log(
      `run ${run + 1}: engine ${r.engineMs.toFixed(2)} ms, round trip ${r.roundTrip.toFixed(2)} ms`,
    );
  }
  const late = (v: number[]) => stats(v.slice(RUNS >> 1)).median;
  console.log(
    `engine (later half) median ${late(engine).toFixed(2)}; round trip ${late(trip).toFixed(2)}`,
  );
  for (const [k, v] of [...cpu].sort((a, b) => late(b[1]) - late(a[1])).slice(0, 8)) {
    console.log(`  cpu ${k}: ${late(v).toFixed(2)} ms per request (later half median)`);
  }
} finally {
  await session.close();
  priority.stop();
}
