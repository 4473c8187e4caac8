/**
 * In-browser figures with the built extension in headless Chromium: the content script's stage
 * timings as it reports them, the floor (one TreeWalker pass over the same page, in the same page and
 * run), the longest main-thread task during annotation, and the popup's time to its summary.
 */
import { launch, type ExtensionSession, type TestPage } from '../../tests/e2e/browsers';
import type { PageReport } from '../../src/protocol/messages';
import { stats, type Stats } from './stats';
import { SUMMARY_PAINTED } from '../../src/popup/usePaintedMark';

type Timings = Record<string, number>;

export interface PageFigures {
  stages: Record<string, Stats>;
  total: Stats;
  floor: Stats;
  longestTask: number;
  status: PageReport['status'];
}

/** Runs in an extension page: ask a tab's content script for its report. */
function askReport(tabId: number): Promise<unknown> {
  type Api = { tabs: { sendMessage(id: number, message: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome) as Api;
  return api.tabs.sendMessage(tabId, { sourcelight: 1, type: 'getReport', payload: null });
}

/** Runs in the page: the floor — collect the document's text once with a TreeWalker. */
function treeWalkerFloor(): number {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let length = 0;
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    length += text.length;
    parts.push(text);
  }
  const joined = parts.join('');
  return joined.length === length ? performance.now() - start : NaN;
}

/** Installed before any page script: records every long task's duration. */
const LONG_TASK_RECORDER = `
  window.__sourcelightLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__sourcelightLongTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

async function waitForReport(control: TestPage, tabId: number): Promise<PageReport> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const report = (await control
      .evaluate(askReport, tabId)
      .catch(() => null)) as PageReport | null;
    if (report && report.status !== 'working') return report;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the content script never finished');
}

export class BrowserBench {
  private constructor(
    private readonly session: ExtensionSession,
    private readonly control: TestPage,
  ) {}

  static async start(): Promise<BrowserBench> {
    const session = await launch('chromium');
    const control = await session.open(`${session.extensionOrigin}/popup.html?probe=1`);
    return new BrowserBench(session, control);
  }

  /** Load `url` `runs` times (fresh tab each time) and collect the figures. */
  async measure(url: string, runs: number): Promise<PageFigures> {
    const stageSamples = new Map<string, number[]>();
    const totals: number[] = [];
    const floors: number[] = [];
    let longestTask = 0;
    let status: PageReport['status'] = 'working';
    for (let run = 0; run < runs; run++) {
      const page = await this.session.open('about:blank');
      if (page.raw.kind === 'playwright') await page.raw.page.addInitScript(LONG_TASK_RECORDER);
      if (page.raw.kind === 'playwright') await page.raw.page.goto(url);
      const tabId = await this.session.tabIdOf(page);
      const report = await waitForReport(this.control, tabId);
      status = report.status;
      const timings: Timings = 'timings' in report ? (report.timings as Timings) : {};
      let total = 0;
      for (const [stage, ms] of Object.entries(timings)) {
        if (stage === 'total') continue;
        stageSamples.set(stage, [...(stageSamples.get(stage) ?? []), ms]);
        total += ms;
      }
      totals.push(timings.total ?? total);
      for (let i = 0; i < 3; i++) floors.push(await page.evaluate(treeWalkerFloor));
      const tasks = await page.evaluate(
        () =>
          (window as unknown as { __sourcelightLongTasks?: number[] }).__sourcelightLongTasks ?? [],
      );
      longestTask = Math.max(longestTask, ...tasks, 0);
      await page.close();
    }
    const stages = Object.fromEntries([...stageSamples].map(([k, v]) => [k, stats(v)]));
    return { stages, total: stats(totals), floor: stats(floors), longestTask, status };
  }

  /** Open the popup on a page `runs` times: ms from navigation start to the summary painted. */
  async popupPaint(url: string, runs: number): Promise<Stats> {
    const article = await this.session.open(url);
    const tabId = await this.session.tabIdOf(article);
    await waitForReport(this.control, tabId);
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

  close(): Promise<void> {
    return this.session.close();
  }
}
