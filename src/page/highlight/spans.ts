/**
 * Which text each highlight category covers, as plain spans computed from the engine's records.
 * Pure data, so the counts the page should show can be computed in Node (tests) exactly as the
 * content script computes them before turning spans into DOM ranges.
 */
import type { ExtractionResult, Span } from '../../engine/types';
import { CATEGORIES, type Category } from '../types';

/** Spans per category, each list sorted and free of duplicates. */
export type CategorySpans = Record<Category, Span[]>;

/** Reading order: by block, then by start (ties keep their insertion order: the sort is stable). */
function byPosition(x: Span, y: Span): number {
  return x.block - y.block || x.start - y.start;
}

/**
 * `spans` sorted into reading order, each distinct span once (its first occurrence). Duplicates
 * share block and start, so they sit in one run of equal starts after the stable sort: no keys are
 * built, which matters on a huge article with tens of thousands of spans.
 */
export function sortedUnique(spans: Span[]): Span[] {
  spans.sort(byPosition);
  const out: Span[] = [];
  let runStart = 0;
  for (const span of spans) {
    const first = out[runStart];
    if (!first || first.block !== span.block || first.start !== span.start) runStart = out.length;
    let seen = false;
    for (let k = runStart; k < out.length && !seen; k++) seen = (out[k] as Span).end === span.end;
    if (!seen) out.push(span);
  }
  return out;
}

/** `outer` with the `holes` cut out (the quoted parts of a mixed claim). */
export function subtractSpans(outer: Span, holes: readonly Span[]): Span[] {
  const inside = holes
    .filter((h) => h.block === outer.block && h.end > outer.start && h.start < outer.end)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let cursor = outer.start;
  for (const hole of inside) {
    if (hole.start > cursor) out.push({ block: outer.block, start: cursor, end: hole.start });
    cursor = Math.max(cursor, hole.end);
  }
  if (cursor < outer.end) out.push({ block: outer.block, start: cursor, end: outer.end });
  return out;
}

/**
 * The spans of every category: direct = quoted stretches; reported = claim text outside quotes;
 * cue = neutral/stance cues; loaded = loaded cues; hedge = hedges and hedging cues; speaker =
 * mentions of named sources; anonymous = mentions of unnamed ones.
 */
export function categorySpans(result: ExtractionResult): CategorySpans {
  const lists = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Span[]])) as CategorySpans;
  const put = (category: Category, span: Span) => {
    if (span.end > span.start) {
      lists[category].push({ block: span.block, start: span.start, end: span.end });
    }
  };
  const anonymous = new Set(result.entities.filter((e) => e.type === 'anonymous').map((e) => e.id));
  for (const a of result.attributions) {
    for (const q of a.quotes) put('direct', q);
    if (a.kind !== 'direct') {
      // Most claims hold no quote: nothing to cut out (subtractSpans would return the span).
      if (a.quotes.length === 0) put('reported', a.content);
      else for (const piece of subtractSpans(a.content, a.quotes)) put('reported', piece);
    }
    if (a.cue) {
      const category: Category =
        a.cue.class === 'loaded' ? 'loaded' : a.cue.class === 'hedging' ? 'hedge' : 'cue';
      put(category, a.cue);
    }
    if (a.speakerMention) put(anonymous.has(a.speaker) ? 'anonymous' : 'speaker', a.speakerMention);
  }
  for (const entity of result.entities) {
    for (const m of entity.mentions) put(anonymous.has(entity.id) ? 'anonymous' : 'speaker', m);
  }
  for (const h of result.hedges) put('hedge', h);
  const out = {} as CategorySpans;
  for (const c of CATEGORIES) out[c] = sortedUnique(lists[c]);
  return out;
}
