/**
 * Warming the engine before a page needs it. A background that has just started (Chromium stops
 * an idle one after 30 s) runs its engine cold: functions compiled on first call, lexicon tables
 * built, nothing optimized yet. The content script says `warm` as soon as detection calls a page
 * news, so the background starts, and the engine compiles, while the page is still extracting its
 * article; later runs of a short made-up report, one per task, let the optimizing compiler see
 * the engine's hot paths before the next article arrives. Pages not judged news never cause any.
 */
import { extractAttributions, type TextBlock } from '../engine/index';

/**
 * A short made-up report touching the engine's main paths: a direct quote, reported speech,
 * "according to", an anonymous source, a hedge, a loaded verb, a pronoun, a continuing quote.
 * Its words are its own, taken from no test or benchmark page.
 */
export const WARM_ARTICLE: readonly TextBlock[] = [
  { kind: 'headline', text: 'Harbour authority defends new ferry timetable' },
  {
    kind: 'standfirst',
    text: 'Residents say the changes leave island villages without an evening service.',
  },
  {
    kind: 'paragraph',
    text:
      'The harbour authority said on Monday that the revised timetable would cut waiting times ' +
      'for most passengers. "We listened to everyone who wrote to us," its director, Maria ' +
      'Lindqvist, told reporters in Portsmouth.',
  },
  {
    kind: 'paragraph',
    text:
      'According to figures published by the island council, the last evening crossing carried ' +
      'fewer than forty people a night. Officials familiar with the review said the service ' +
      'had reportedly been losing money for years.',
  },
  {
    kind: 'paragraph',
    text:
      'Campaigners insisted the numbers were misleading. "Nobody takes a ferry that never ' +
      'comes," said Tom Okafor, who chairs the residents\u2019 association. He added that a ' +
      'petition had gathered two thousand signatures.',
  },
  { kind: 'paragraph', text: '"We will keep asking until they restore it."' },
];

/** Runs after the first: enough calls of the hot functions for the optimizing compilers. */
export const WARM_RUNS = 12;

/** What the warmer needs from its host (fakes in tests). */
export interface WarmDeps {
  /** Run the engine once (the real one by default). */
  run?: () => void;
  /** Queue the next run behind any pending messages (a macrotask by default). */
  later?: (next: () => void) => void;
}

/**
 * Warms the engine once per background lifetime. `warm()` runs the engine at once (the compile a
 * cold engine needs anyway, now overlapping the page's extraction), then again in later tasks, so
 * an `extract` request arriving meanwhile is served between runs, never behind all of them.
 */
export class EngineWarmer {
  private started = false;
  private readonly run: () => void;
  private readonly later: (next: () => void) => void;

  constructor(deps: WarmDeps = {}) {
    this.run = deps.run ?? (() => void extractAttributions(WARM_ARTICLE));
    this.later = deps.later ?? ((next) => void setTimeout(next, 0));
  }

  /** True once warming has begun in this lifetime. */
  get warmed(): boolean {
    return this.started;
  }

  /** Start warming, unless it already started (or a real article already warmed the engine). */
  warm(): void {
    if (this.started) return;
    this.started = true;
    let left = WARM_RUNS;
    const step = () => {
      this.run();
      if (--left > 0) this.later(step);
    };
    step();
  }
}
