/**
 * Turning the engine's records into live ranges: per-category ranges for the highlight layer and
 * one range per claim for navigation and the hover card. Built block by block in chunks that yield
 * to the page between them, so annotating a huge article never blocks the main thread for long.
 */
import type { Attribution, ExtractionResult, Span } from '../engine/types';
import { BlockRangeMaker } from './anchor/block-ranges';
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
/** Spans placed between clock reads: reading the clock per span costs more than placing it. */
const SPANS_PER_CHECK = 32;

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

/**
 * Ranges for the spans of one block at a time. A claim's text is usually also a "reported" span
 * and a quote both a claim and a "direct" span: the same span gets one Range, not one per use
 * (ranges are never mutated, so sharing is safe). Forgotten at each pause and each new block, so
 * nothing read from the DOM is reused across a moment the page could have changed it.
 */
class BlockRanges {
  private block = -1;
  private maker: BlockRangeMaker | null = null;
  private made = new Map<number, Range | null>();

  constructor(
    private readonly article: ExtractedArticle,
    private readonly doc: Document,
  ) {}

  range(span: Span): Range | null {
    const map = this.article.anchors[span.block]?.map;
    if (!map) return null;
    const { start, end } = span;
    // Out-of-range spans get no key (rangeFor rejects them); in-range ones a unique number.
    if (start < 0 || end > map.length) return rangeFor(map, start, end, this.doc);
    if (span.block !== this.block || !this.maker) {
      this.forget();
      this.block = span.block;
      this.maker = new BlockRangeMaker(map, this.doc);
    }
    const key = start * (map.length + 1) + end;
    let range = this.made.get(key);
    if (range === undefined) {
      range = this.maker.range(start, end);
      this.made.set(key, range);
    }
    return range;
  }

  /** Forget every range and DOM read (before the page runs). */
  forget(): void {
    this.block = -1;
    this.maker = null;
    this.made.clear();
  }
}

/** Reading order of claims: blocks are in reading order and offsets within them too. */
function byContent(a: Attribution, b: Attribution): number {
  return a.content.block - b.content.block || a.content.start - b.content.start;
}

/** Build every range, yielding between slices; stops early (returns null) if `signal` aborts. */
export async function buildAnnotation(
  doc: Document,
  article: ExtractedArticle,
  result: ExtractionResult,
  signal: AbortSignal,
): Promise<Annotation | null> {
  const spans = categorySpans(result);
  const lists = CATEGORIES.map((c) => spans[c]);
  const ranges = CATEGORIES.map((): Range[] => []);
  const cursors = CATEGORIES.map(() => 0);
  // Stable sort: equal positions keep the engine's order, as sorting the placed claims would.
  const attributions = [...result.attributions].sort(byContent);
  const claims: PlacedClaim[] = [];
  const made = new BlockRanges(article, doc);
  let nextClaim = 0;
  let placed = 0;
  let sliceStart = performance.now();
  /** True when the slice is used up; reads the clock every few spans only. */
  const due = () => ++placed % SPANS_PER_CHECK === 0 && performance.now() - sliceStart > SLICE_MS;
  /** Let the page run; false when the run was aborted meanwhile. */
  const pause = async (): Promise<boolean> => {
    made.forget();
    await yieldToPage();
    sliceStart = performance.now();
    return !signal.aborted;
  };
  for (let block = 0; block < article.blocks.length; block++) {
    // Each category's spans and the claims are sorted by block: take this block's share of each.
    for (let c = 0; c < lists.length; c++) {
      const list = lists[c] as Span[];
      const into = ranges[c] as Range[];
      let at = cursors[c] as number;
      for (let span = list[at]; span && span.block <= block; span = list[++at]) {
        const range = made.range(span);
        if (range) into.push(range);
        if (due() && !(await pause())) return null;
      }
      cursors[c] = at;
    }
    let a = attributions[nextClaim];
    for (; a && a.content.block <= block; a = attributions[++nextClaim]) {
      const range = made.range(a.content);
      if (range) claims.push({ attribution: a, range });
      if (due() && !(await pause())) return null;
    }
  }
  const out = {} as Record<Category, Range[]>;
  CATEGORIES.forEach((category, c) => (out[category] = ranges[c] as Range[]));
  return { ranges: out, claims };
}
