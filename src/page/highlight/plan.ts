/**
 * What the page draws for an annotation, as plain offsets: each category's spans and the claims in
 * reading order, flat. Computed where the records are — in the background, next to the engine — so
 * the page builds its ranges straight from numbers, without first decoding every record (those are
 * decoded only when the popup or the hover card asks). DOM-free, like the spans it is made of.
 */
import type { Attribution, ExtractionResult } from '../../engine/types';
import { CATEGORIES, type Category } from '../types';
import { categorySpans } from './spans';

/** Numbers per span in `HighlightPlan.spans`: block, start, end. */
export const SPAN_STRIDE = 3;
/** Numbers per claim in `HighlightPlan.claims`: attribution id, then its content's block, start, end. */
export const CLAIM_STRIDE = 4;

export interface HighlightPlan {
  /** Per category, its spans (sorted, each once) as block, start, end, block, start, end, ... */
  spans: Record<Category, number[]>;
  /** The claims in reading order as id, block, start, end, ... */
  claims: number[];
  /** How many attributions the records hold (the badge). */
  count: number;
}

/** Reading order of claims: blocks are in reading order and offsets within them too. */
function byContent(a: Attribution, b: Attribution): number {
  return a.content.block - b.content.block || a.content.start - b.content.start;
}

/** The plan for a result: `categorySpans` and the claims, flattened. */
export function highlightPlan(result: ExtractionResult): HighlightPlan {
  const lists = categorySpans(result);
  const spans = {} as Record<Category, number[]>;
  for (const category of CATEGORIES) {
    const flat: number[] = [];
    for (const s of lists[category]) flat.push(s.block, s.start, s.end);
    spans[category] = flat;
  }
  const claims: number[] = [];
  // Stable sort: equal positions keep the engine's order.
  for (const a of [...result.attributions].sort(byContent)) {
    claims.push(a.id, a.content.block, a.content.start, a.content.end);
  }
  return { spans, claims, count: result.attributions.length };
}

function isFlat(value: unknown, stride: number): value is number[] {
  return (
    Array.isArray(value) &&
    value.length % stride === 0 &&
    value.every((n) => typeof n === 'number' && Number.isInteger(n))
  );
}

/** True for a plan as the background sends it (anything else gets no highlights). */
export function isHighlightPlan(value: unknown): value is HighlightPlan {
  if (typeof value !== 'object' || value === null) return false;
  const plan = value as Partial<HighlightPlan>;
  const spans = plan.spans as Partial<Record<Category, unknown>> | undefined;
  return (
    typeof plan.count === 'number' &&
    isFlat(plan.claims, CLAIM_STRIDE) &&
    typeof spans === 'object' &&
    spans !== null &&
    CATEGORIES.every((c) => isFlat(spans[c], SPAN_STRIDE))
  );
}
