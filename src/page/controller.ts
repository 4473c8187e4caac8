/**
 * The page layer's state machine, one per document: settings → detection → extraction → engine →
 * highlights, with the report the popup reads, re-runs for living pages and SPA navigations, and
 * the commands the protocol carries. Browser messaging stays in content.ts; this file only needs a
 * document, so it can be driven by tests.
 */
import type { ExtractionResult, TextBlock } from '../engine/types';
import type { AnnotationTimings, PageReport } from '../protocol/messages';
import { hostOf, isSiteDisabled, type Settings } from '../settings/schema';
import { yieldToPage, type Annotation } from './annotate';
import { detectNews } from './detect/index';
import { extractArticle, extractArticleSteps, type ExtractedArticle } from './extract/index';
import { HighlightLayer } from './highlight/layer';
import type { HighlightPlan } from './highlight/plan';
import { ClaimNavigator } from './navigate';
import { isStale, placeArticle, signature } from './place';
import { runStepsSliced } from './steps';
import type { CategoryToggles, Detection } from './types';

type NotNewsTimings = NonNullable<Extract<PageReport, { status: 'not-news' }>['timings']>;

/**
 * The engine's answer for an article: what to draw, the records (fetched and decoded when first
 * asked for — the controller asks as soon as the highlights are drawn, so they are off the path
 * to the highlights but ready for the popup and the hover card), and how long the engine ran (ms).
 */
export interface EngineAnswer {
  plan: HighlightPlan;
  records: () => Promise<ExtractionResult>;
  engineMs: number;
}

type AnnotatedReport = Extract<PageReport, { status: 'annotated' }>;

/** What the controller needs from outside the document. */
export interface ControllerDeps {
  doc: Document;
  url: () => string;
  /** Tell the background how many claims the page has (badge). */
  reportClaims: (count: number) => void;
  /**
   * Run the attribution engine on the article's blocks. The content script asks the background,
   * where one warm engine serves every tab (and the page never loads the engine's code); tests and
   * the profiler run it in the page (`engine-in-page.ts`). Null when `signal` aborted the run.
   */
  extract: (blocks: TextBlock[], signal: AbortSignal) => Promise<EngineAnswer | null>;
  /**
   * Detection judged the page news (or the reader asked): the engine can get ready while the
   * page extracts its article. Never called on pages that are not annotated.
   */
  warm?: () => void;
  /** Called after each annotation (the content script attaches the hover card lazily). */
  onAnnotated?: () => void;
  signal: AbortSignal;
}

const EMPTY_RESULT: ExtractionResult = { attributions: [], entities: [], hedges: [] };
const EMPTY_ANSWER: EngineAnswer = {
  plan: {
    spans: { direct: [], reported: [], cue: [], speaker: [], anonymous: [], loaded: [], hedge: [] },
    claims: [],
    count: 0,
  },
  records: () => Promise.resolve(EMPTY_RESULT),
  engineMs: 0,
};

/** Runs and re-runs the annotation of one page. */
export class PageController {
  readonly layer: HighlightLayer;
  readonly navigator: ClaimNavigator;
  private settings: Settings;
  private status: PageReport;
  /** An annotated report still waiting for its records (decoded on the first `report()`). */
  private pending: Omit<AnnotatedReport, 'result'> | null = null;
  private article: ExtractedArticle | null = null;
  private answer: EngineAnswer = EMPTY_ANSWER;
  private annotation: Annotation | null = null;
  private forced = false;
  private run: AbortController | null = null;

  constructor(
    private readonly deps: ControllerDeps,
    settings: Settings,
  ) {
    this.settings = settings;
    this.layer = new HighlightLayer(deps.doc, settings.categories);
    this.navigator = new ClaimNavigator(this.layer);
    this.status = this.base('working');
    deps.signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  /** The report the popup shows (an annotation's records are awaited the first time). */
  async report(): Promise<PageReport> {
    const pending = this.pending;
    if (pending) {
      const result = await this.answer.records();
      // A newer run may have replaced this annotation while its records travelled.
      if (this.pending === pending) {
        this.status = { ...pending, result };
        this.pending = null;
      }
    }
    return this.status;
  }

  /** The current annotation's claims and records, for the hover card. */
  current(): { claims: Annotation['claims']; records: () => Promise<ExtractionResult> } | null {
    return this.annotation
      ? { claims: this.annotation.claims, records: this.answer.records }
      : null;
  }

  /** Detect and, on news (or when forced), annotate; the report that results. */
  async start(forced = false): Promise<PageReport> {
    await this.annotate(forced);
    return this.report();
  }

  /**
   * Detect and, on news (or when forced), annotate. Leaves the records undecoded until something
   * asks for the report: drawing needs only the plan.
   */
  async annotate(forced = false): Promise<void> {
    this.run?.abort();
    const run = new AbortController();
    this.run = run;
    this.forced = forced;
    this.clearAnnotation();
    const { doc } = this.deps;
    const url = this.deps.url();
    const host = hostOf(url);
    if (!forced && isSiteDisabled(this.settings, host)) {
      this.status = { ...this.base('disabled-site'), status: 'disabled-site', host: host ?? '' };
      return;
    }
    this.status = this.base('working');
    const timings: AnnotationTimings = {
      detect: 0,
      extract: 0,
      engine: 0,
      highlight: 0,
      engineRun: 0,
      total: 0,
    };
    const began = performance.now();
    const detection = detectNews(doc, url);
    timings.detect = performance.now() - began;
    if (!forced && detection.verdict === 'not-news') {
      this.notNews(detection, { detect: timings.detect });
      return;
    }
    this.deps.warm?.();
    // One pause after detection: a page that is replacing itself (an SPA navigation announced
    // before its new content is in) gets to finish before its article is read.
    await yieldToPage();
    if (run.signal.aborted) return;
    const t = performance.now();
    // In slices: on a huge page, extraction alone would otherwise be one long task. No pause
    // between the later stages: each one slices itself, and a pause between them adds latency.
    const extracted = await runStepsSliced(extractArticleSteps(doc), yieldToPage, run.signal);
    timings.extract = performance.now() - t;
    if (run.signal.aborted) return;
    if (!extracted) {
      this.notNews(detection, { detect: timings.detect, extract: timings.extract });
      return;
    }
    const placed = await placeArticle(
      {
        doc,
        runEngine: (article, signal) => this.runEngine(article, signal),
        prepare: () => this.layer.prepare(),
      },
      extracted,
      run.signal,
      timings,
    );
    if (!placed) return;
    const { article, answer, annotation } = placed;
    this.layer.setRanges(annotation.ranges);
    this.navigator.setClaims(annotation.claims);
    timings.total = performance.now() - began;
    this.article = article;
    this.answer = answer;
    this.annotation = annotation;
    this.pending = {
      ...this.base('annotated'),
      status: 'annotated',
      detection,
      forced,
      blocks: article.blocks,
      timings,
    };
    this.deps.reportClaims(answer.plan.count);
    this.deps.onAnnotated?.();
    // Drawn: now fetch the records, so the popup and the hover card find them ready.
    void answer.records();
  }

  /** Living page: re-annotate when the article's text or nodes changed; re-detect otherwise. */
  async recheck(): Promise<void> {
    if (this.article && (this.pending || this.status.status === 'annotated')) {
      const fresh = extractArticle(this.deps.doc);
      if (signature(fresh) !== signature(this.article) || isStale(this.article)) {
        await this.annotate(this.forced);
      }
    } else if (this.status.status === 'not-news') {
      if (detectNews(this.deps.doc, this.deps.url()).verdict !== 'not-news') await this.annotate();
    }
  }

  /** New settings from storage: toggles apply live; the site switch starts or stops annotation. */
  async applySettings(settings: Settings): Promise<void> {
    const host = hostOf(this.deps.url());
    const wasDisabled = isSiteDisabled(this.settings, host);
    this.settings = settings;
    this.layer.setToggles(settings.categories);
    const disabled = isSiteDisabled(settings, host);
    if (disabled && !wasDisabled && !this.forced) await this.annotate();
    else if (!disabled && wasDisabled) await this.annotate();
  }

  setCategories(toggles: CategoryToggles): void {
    this.settings = { ...this.settings, categories: { ...toggles } };
    this.layer.setToggles(toggles);
  }

  /** The engine's records for the article; none (and a warning) when the engine failed. */
  private async runEngine(
    article: ExtractedArticle,
    signal: AbortSignal,
  ): Promise<EngineAnswer | null> {
    try {
      const answer = await this.deps.extract(article.blocks, signal);
      return signal.aborted ? null : answer;
    } catch (error) {
      console.warn('[sourcelight] engine failed', error);
      return EMPTY_ANSWER;
    }
  }

  private notNews(detection: Detection, timings: NotNewsTimings): void {
    this.status = { ...this.base('not-news'), status: 'not-news', detection, timings };
    this.deps.reportClaims(0);
  }

  private base(status: 'working'): PageReport & { status: 'working' };
  private base(status: PageReport['status']): { url: string; title: string };
  private base(status: PageReport['status']) {
    return { status, url: this.deps.url(), title: this.deps.doc.title };
  }

  private clearAnnotation(): void {
    this.layer.clear();
    this.navigator.setClaims([]);
    this.annotation = null;
    this.article = null;
    this.answer = EMPTY_ANSWER;
    this.pending = null;
  }

  private teardown(): void {
    this.run?.abort();
    this.clearAnnotation();
    this.layer.dispose();
  }
}
