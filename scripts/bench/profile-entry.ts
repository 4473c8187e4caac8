/**
 * The content script's pipeline as a plain page script, for `scripts/bench-profile.ts`: bundled
 * unminified so a CPU profile names real functions and files. It marks when its code starts to run
 * (bundle banner), when every module's top-level work is done, and each stage the controller times.
 */
import { PageController } from '../../src/page/controller';
import { extractInPage } from '../../src/page/engine-in-page';
import { defaultSettings } from '../../src/settings/schema';

/** What the profiler reads back from the page. */
export interface ProfileOutcome {
  /** ms from the first line of the bundle to the end of module evaluation. */
  moduleEval: number;
  /** ms the controller's run took end to end (detection through highlights). */
  run: number;
  status: string;
  timings: Record<string, number>;
  /** Main-thread tasks over 50 ms since the bundle started: [ms after the run started, duration]. */
  longTasks: [number, number][];
}

declare global {
  interface Window {
    __slEvalStart?: number;
    __slLongTasks?: PerformanceEntry[];
    __slProfile?: ProfileOutcome;
    __slDone?: boolean;
  }
}

const modulesLoaded = performance.now();
const lifetime = new AbortController();
const controller = new PageController(
  {
    doc: document,
    url: () => location.href,
    reportClaims: () => {},
    extract: extractInPage,
    signal: lifetime.signal,
  },
  defaultSettings(),
);
const started = performance.now();
void controller.start().then((report) => {
  window.__slProfile = {
    moduleEval: modulesLoaded - (window.__slEvalStart ?? modulesLoaded),
    run: performance.now() - started,
    status: report.status,
    timings: 'timings' in report ? { ...report.timings } : {},
    longTasks: [],
  };
  // Long-task entries arrive after their task ends: read them a moment later.
  setTimeout(() => {
    const outcome = window.__slProfile;
    if (!outcome) return;
    outcome.longTasks = (window.__slLongTasks ?? []).map((e) => [
      e.startTime - started,
      e.duration,
    ]);
    window.__slDone = true;
  }, 100);
});
