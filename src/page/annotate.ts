/**
 * Turning the engine's records into live ranges: per-category ranges for the highlight layer and
 * one range per claim for navigation and the hover card. Built in chunks that yield to the page
 * between them, so annotating a huge article never blocks the main thread for long.
 */
import type { Attribution, ExtractionResult, Span } from '../engine/types';
import { rangeFor } from './anchor/text-map';
import type { ExtractedArticle } from './extract/index';
import { categorySpans } from './highlight/spans';
import { CATEGORIES, type Category } from './types';

/** One claim placed in the page. */
export interface PlacedClaim {
  attribution: Attribution;
  range: Range;
}

/** Everything drawn for one annotation. */
export interface Annotation {
  ranges: Record<Category, Range[]>;
  /** Claims whose text is still in the page, in reading order. */
  claims: PlacedClaim[];
}

/** Work this long between yields (well under the 50 ms long-task bar). */
const SLICE_MS = 8;

/** Let the page run: `scheduler.yield()` where it exists, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Map a span to a live range through its block's anchor; null if it cannot be placed. */
export function spanRange(article: ExtractedArticle, span: Span, doc: Document): Range | null {
  const map = article.anchors[span.block]?.map;
  return map ? rangeFor(map, span.start, span.end, doc) : null;
}

/** Build every range, yielding between slices; stops early (returns null) if `signal` aborts. */
export async function buildAnnotation(
  doc: Document,
  article: ExtractedArticle,
  result: ExtractionResult,
  signal: AbortSignal,
): Promise<Annotation | null> {
  const spans = categorySpans(result);
  const work: Array<{ span: Span; put: (range: Range) => void }> = [];
  const ranges = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Range[]])) as Record<
    Category,
    Range[]
  >;
  for (const category of CATEGORIES) {
    for (const span of spans[category]) work.push({ span, put: (r) => ranges[category].push(r) });
  }
  const claims: PlacedClaim[] = [];
  for (const attribution of result.attributions) {
    work.push({ span: attribution.content, put: (range) => claims.push({ attribution, range }) });
  }
  let sliceStart = performance.now();
  for (const item of work) {
    const range = spanRange(article, item.span, doc);
    if (range) item.put(range);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (signal.aborted) return null;
      sliceStart = performance.now();
    }
  }
  // Blocks are in reading order and offsets within them too: no DOM comparison needed.
  claims.sort(
    (a, b) =>
      a.attribution.content.block - b.attribution.content.block ||
      a.attribution.content.start - b.attribution.content.start,
  );
  return { ranges, claims };
}
