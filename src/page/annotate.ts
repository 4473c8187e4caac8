/**
 * Turning the engine's answer into live ranges: per-category ranges for the highlight layer and
 * one range per claim for navigation and the hover card, straight from the plan's offsets (the
 * records themselves are not needed to draw). Built block by block in chunks that yield to the
 * page between them, so annotating a huge article never blocks the main thread for long.
 */
import type { Span } from '../engine/types';
import { BlockRangeMaker } from './anchor/block-ranges';
import { rangeFor } from './anchor/text-map';
import type { ExtractedArticle } from './extract/index';
import { CLAIM_STRIDE, SPAN_STRIDE, type HighlightPlan } from './highlight/plan';
import { CATEGORIES, type Category } from './types';

/** One claim placed in the page: its attribution's id and where its content is. */
export interface PlacedClaim {
  id: number;
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

  range(block: number, start: number, end: number): Range | null {
    const map = this.article.anchors[block]?.map;
    if (!map) return null;
    // Out-of-range spans get no key (rangeFor rejects them); in-range ones a unique number.
    if (start < 0 || end > map.length) return rangeFor(map, start, end, this.doc);
    if (block !== this.block || !this.maker) {
      this.forget();
      this.block = block;
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

/** Build every range, yielding between slices; stops early (returns null) if `signal` aborts. */
export async function buildAnnotation(
  doc: Document,
  article: ExtractedArticle,
  plan: HighlightPlan,
  signal: AbortSignal,
): Promise<Annotation | null> {
  const lists = CATEGORIES.map((c) => plan.spans[c]);
  const ranges = CATEGORIES.map((): Range[] => []);
  const cursors = CATEGORIES.map(() => 0);
  const claimList = plan.claims;
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
      const list = lists[c] as number[];
      const into = ranges[c] as Range[];
      let at = cursors[c] as number;
      for (; at < list.length && (list[at] as number) <= block; at += SPAN_STRIDE) {
        const range = made.range(
          list[at] as number,
          list[at + 1] as number,
          list[at + 2] as number,
        );
        if (range) into.push(range);
        if (due() && !(await pause())) return null;
      }
      cursors[c] = at;
    }
    for (; nextClaim < claimList.length; nextClaim += CLAIM_STRIDE) {
      const claimBlock = claimList[nextClaim + 1] as number;
      if (claimBlock > block) break;
      const range = made.range(
        claimBlock,
        claimList[nextClaim + 2] as number,
        claimList[nextClaim + 3] as number,
      );
      if (range) claims.push({ id: claimList[nextClaim] as number, range });
      if (due() && !(await pause())) return null;
    }
  }
  const out = {} as Record<Category, Range[]>;
  CATEGORIES.forEach((category, c) => (out[category] = ranges[c] as Range[]));
  return { ranges: out, claims };
}
