/**
 * In-browser figures with the built extension in headless Chromium: the content script's stage
 * timings as it reports them, the floor (floor.ts: the same highlights built the least costly way,
 * cold, in a fresh tab of the same page in a browser without the extension, alternating with the
 * extension's loads), the longest main-thread task during annotation, and the popup's time to its
 * summary. Every page is served cross-origin isolated, so `performance.now()` has 5 µs resolution
 * instead of 100 µs in the page, the content script and the floor alike.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import {
  CHROMIUM_QUIET_ARGS,
  launch,
  type ExtensionSession,
  type TestPage,
} from '../../tests/e2e/browsers';
import type { PageReport } from '../../src/protocol/messages';
import { stats, type Stats } from './stats';
import { SUMMARY_PAINTED } from '../../src/popup/usePaintedMark';
import { inclusiveMs, type CpuProfile } from './cpu';
import { settledReport } from '../../tests/e2e/protocol';
import { readFloorPlan, runFloor, type FloorPlan } from './floor';

type Timings = Record<string, number>;

export interface PageFigures {
  stages: Record<string, Stats>;
  total: Stats;
  /** The floor's time, and how many ranges it (and the extension) registered. */
  floor: Stats;
  ranges: number;
  /** Per load: the longest main-thread task over 50 ms (0 when there was none). */
  longestTask: Stats;
  /** Per load: how many tasks ran over 50 ms. */
  longTasks: Stats;
  /** Per load, when profiled: CPU in the content script's own code and the calls it made. */
  scriptCpu: Stats | null;
  status: PageReport['status'];
}

/** Runs in the page: durations of the long tasks that began after DOMContentLoaded. */
function longTasksAfterLoad(): number[] {
  const recorded =
    (window as unknown as { __sourcelightLongTasks?: [number, number][] }).__sourcelightLongTasks ??
    [];
  const nav = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  const loaded = nav?.domContentLoadedEventEnd ?? 0;
  return recorded.filter(([start]) => start >= loaded).map(([, duration]) => duration);
}

/** Installed before any page script: records every long task's start and duration. */
const LONG_TASK_RECORDER = `
  window.__sourcelightLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__sourcelightLongTasks.push([entry.startTime, entry.duration]);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** How `measure` loads each page. */
export interface MeasureOptions {
  /** Also sample the CPU (CDP profiler) to measure the content script's whole cost. */
  profile?: boolean;
  /** Stop the background service worker before each load (its state after 30 s idle). */
  coldBackground?: boolean;
}

/** Response headers that make a page cross-origin isolated (fine-grained timers). */
const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'credentialless',
};

/**
 * Serve every document of `origin` in `context` with the isolation headers added. Only documents
 * need them; a saved page's subresources (its images are 404s here) go straight to the server, and
 * one the page dropped while it was being fetched is given up quietly instead of ending the run.
 */
async function isolate(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    try {
      if (route.request().resourceType() !== 'document') return await route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION } });
    } catch {
      await route.abort().catch(() => undefined);
    }
  });
}

/**
 * Measure a foreground tab, as a reader has it (see also priority.ts): no background throttling of
 * the headless tabs' timers and renderers.
 */
const FOREGROUND = [
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** The same flags as the extension's browser, without the extension. */
const PLAIN_ARGS = [...FOREGROUND, ...CHROMIUM_QUIET_ARGS];

export class BrowserBench {
  private constructor(
    private readonly session: ExtensionSession,
    private readonly control: TestPage,
    private readonly plain: Browser,
    private readonly plainContext: BrowserContext,
  ) {}

  static async start(origin: string): Promise<BrowserBench> {
    const session = await launch('chromium', { chromiumArgs: FOREGROUND });
    const control = await session.open(`${session.extensionOrigin}/popup.html?probe=1`);
    if (control.raw.kind !== 'playwright') throw new Error('the bench drives Chromium only');
    await isolate(control.raw.page.context(), origin);
    const plain = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: PLAIN_ARGS,
    });
    const plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    await isolate(plainContext, origin);
    return new BrowserBench(session, control, plain, plainContext);
  }

  /** The floor of `plan` on `url`: a fresh tab without the extension, the floor its first script. */
  private async floor(url: string, plan: FloorPlan): Promise<number> {
    const page = await this.plainContext.newPage();
    try {
      await page.goto(url);
      if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('not isolated');
      return await page.evaluate(runFloor, plan);
    } finally {
      await page.close();
    }
  }

  /**
   * Load `url` `runs` times (fresh tab each time) and collect the figures. `profile` also samples
   * the CPU (CDP profiler, 100 µs) to measure the content script's whole cost, module evaluation
   * included; it slows the page a little, so it is used only where nothing else times the script.
   * The background stays up between loads (a reader going from article to article) unless
   * `coldBackground` stops it first.
   */
  async measure(url: string, runs: number, options: MeasureOptions = {}): Promise<PageFigures> {
    const { profile = false, coldBackground = false } = options;
    const stageSamples = new Map<string, number[]>();
    const totals: number[] = [];
    const floors: number[] = [];
    let plan: FloorPlan | null = null;
    const longest: number[] = [];
    const counts: number[] = [];
    const cpu: number[] = [];
    let status: PageReport['status'] = 'working';
    for (let run = 0; run < runs; run++) {
      const page = await this.session.open('about:blank');
      if (page.raw.kind !== 'playwright') throw new Error('the bench drives Chromium only');
      const raw = page.raw.page;
      await raw.addInitScript(LONG_TASK_RECORDER);
      if (coldBackground) await this.stopBackground();
      const cdp = profile ? await raw.context().newCDPSession(raw) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      await raw.goto(url);
      const tabId = await this.session.tabIdOf(page);
      const report = await settledReport(this.control, tabId);
      if (cdp) {
        const { profile: samples } = (await cdp.send('Profiler.stop')) as unknown as {
          profile: CpuProfile;
        };
        const script = `${this.session.extensionOrigin}/content-scripts/`;
        cpu.push(inclusiveMs(samples, (frameUrl) => frameUrl.startsWith(script)));
        await cdp.detach();
      }
      status = report.status;
      const timings: Timings = 'timings' in report ? (report.timings as Timings) : {};
      let total = 0;
      for (const [stage, ms] of Object.entries(timings)) {
        if (stage === 'total') continue;
        stageSamples.set(stage, [...(stageSamples.get(stage) ?? []), ms]);
        total += ms;
      }
      totals.push(timings.total ?? total);
      // Long-task entries arrive after their task ends; tasks of the page's own loading (parsing,
      // before DOMContentLoaded, when the content script cannot have run yet) are not ours.
      await new Promise((r) => setTimeout(r, 100));
      const tasks = await page.evaluate(longTasksAfterLoad);
      if (report.status === 'annotated') plan ??= await page.evaluate(readFloorPlan);
      longest.push(Math.max(...tasks, 0));
      counts.push(tasks.length);
      await page.close();
      // Alternating with the extension's loads, so the machine's load hits both alike.
      if (plan) floors.push(await this.floor(url, plan));
    }
    const stages = Object.fromEntries([...stageSamples].map(([k, v]) => [k, stats(v)]));
    return {
      stages,
      total: stats(totals),
      floor: stats(floors),
      ranges: plan?.ranges ?? 0,
      longestTask: stats(longest),
      longTasks: stats(counts),
      scriptCpu: profile ? stats(cpu) : null,
      status,
    };
  }

  /**
   * Stop the extension's service worker, as Chromium does after 30 s idle: the next page's engine
   * request then pays the worker's start and the engine's cold first run.
   */
  private async stopBackground(): Promise<void> {
    if (this.control.raw.kind !== 'playwright') throw new Error('the bench drives Chromium only');
    const raw = this.control.raw.page;
    const cdp = await raw.context().newCDPSession(raw);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }

  /** Open the popup on a page `runs` times: ms from navigation start to the summary painted. */
  async popupPaint(url: string, runs: number): Promise<Stats> {
    const article = await this.session.open(url);
    const tabId = await this.session.tabIdOf(article);
    await settledReport(this.control, tabId);
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const popup = await this.session.open(
        `${this.session.extensionOrigin}/popup.html?tabId=${tabId}`,
      );
      await popup.waitFor((mark) => performance.getEntriesByName(mark).length, SUMMARY_PAINTED);
      samples.push(
        await popup.evaluate(
          (mark) => performance.getEntriesByName(mark)[0]!.startTime,
          SUMMARY_PAINTED,
        ),
      );
      await popup.close();
    }
    await article.close();
    return stats(samples);
  }

  async close(): Promise<void> {
    await this.plain.close();
    await this.session.close();
  }
}
