/**
 * One article's records and ranges, robust to pages that rebuild their nodes while the engine
 * works (app frameworks re-render on every state change). Records depend only on the blocks' text,
 * so when the page was rebuilt under us: extract again, keep the records if the text is unchanged,
 * ask the engine again if not — a bounded number of times, after which the living-page watcher
 * takes over.
 */
import type { AnnotationTimings } from '../protocol/messages';
import { buildAnnotation, yieldToPage, type Annotation } from './annotate';
import type { EngineAnswer } from './controller';
import { extractArticleSteps, type ExtractedArticle } from './extract/index';
import { runStepsSliced } from './steps';

/** Extraction → engine → ranges passes a run makes when the page keeps rebuilding its nodes. */
const REBUILD_ATTEMPTS = 3;

/** What placing needs from the controller. */
export interface PlaceDeps {
  doc: Document;
  /** The engine's answer for the article; null when the run was aborted. */
  runEngine: (article: ExtractedArticle, signal: AbortSignal) => Promise<EngineAnswer | null>;
  /** Highlighting work that does not depend on the records, done while the engine runs. */
  prepare: () => void;
}

/** An article placed in the page: its blocks, the engine's answer and the ranges to draw. */
export interface Placed {
  article: ExtractedArticle;
  answer: EngineAnswer;
  annotation: Annotation;
}

/** The article's text as one string: what the engine's answer depends on. */
export function signature(article: ExtractedArticle | null): string {
  return article ? article.blocks.map((b) => b.text).join('\n') : '';
}

/** True when some node the article's blocks map to has left the document. */
export function isStale(article: ExtractedArticle): boolean {
  return article.anchors.some((a) => a.map?.runs.some((r) => !r.node.isConnected) ?? false);
}

/** Records and ranges for `first` (or a re-extraction of it); null when the run was aborted. */
export async function placeArticle(
  deps: PlaceDeps,
  first: ExtractedArticle,
  signal: AbortSignal,
  timings: AnnotationTimings,
): Promise<Placed | null> {
  let article = first;
  let answer: EngineAnswer | null = null;
  let answerFor = '';
  for (let attempt = 1; ; attempt++) {
    const text = signature(article);
    if (answer === null || text !== answerFor) {
      const t = performance.now();
      const answering = deps.runEngine(article, signal);
      // While the engine works: what highlighting needs that does not depend on its records.
      deps.prepare();
      answer = await answering;
      if (!answer) return null;
      answerFor = text;
      timings.engine += performance.now() - t;
      timings.engineRun += answer.engineMs;
    }
    let t = performance.now();
    const annotation = await buildAnnotation(deps.doc, article, answer.plan, signal);
    timings.highlight += performance.now() - t;
    if (!annotation || signal.aborted) return null;
    if (!isStale(article) || attempt === REBUILD_ATTEMPTS) return { article, answer, annotation };
    t = performance.now();
    const fresh = await runStepsSliced(extractArticleSteps(deps.doc), yieldToPage, signal);
    timings.extract += performance.now() - t;
    if (signal.aborted) return null;
    if (!fresh) return { article, answer, annotation };
    article = fresh;
  }
}
