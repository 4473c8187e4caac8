/**
 * Block offsets ↔ live DOM positions.
 *
 * A block's text is what the reader sees, normalized: whitespace runs collapse to one space, `<br>`
 * becomes a space, soft hyphens and zero-width characters vanish, entities are already decoded by
 * the parser. Every character of the normalized text remembers the text node and offset it came from,
 * so an engine span `[start, end)` converts to a DOM Range without searching the text again, and a
 * caret position under the pointer converts back to a block offset.
 */

/**
 * A stretch of block characters drawn from consecutive offsets of one text node: block character
 * `start + i` sits at node offset `offset + i`. Ordinary prose (single spaces, no soft hyphens)
 * makes one run per text node, so the map costs nothing per character.
 */
export interface TextRun {
  /** Block offset of the run's first character. */
  start: number;
  node: Text;
  /** Node offset of the run's first character. */
  offset: number;
  /** Characters in the run (at least one). */
  length: number;
}

/** The DOM side of one block: runs in block order. Not plain data (holds live nodes). */
export interface TextMap {
  runs: TextRun[];
  /** Length of the block text the map covers. */
  length: number;
}

/** A DOM position. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** The builder lives in its own file; importers of the map find it here too. */
export { TextMapBuilder } from './builder';

/** Index of the run containing block offset `at` (runs are sorted and contiguous). */
function runIndexAt(map: TextMap, at: number): number {
  const runs = map.runs;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[mid] as TextRun).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The run holding block character `at`, or null when out of bounds. */
export function locate(map: TextMap, at: number): TextRun | null {
  if (at < 0 || at >= map.length) return null;
  return map.runs[runIndexAt(map, at)] ?? null;
}

/** The DOM point where block character `at` starts. */
export function pointBefore(map: TextMap, at: number): DomPoint | null {
  const run = locate(map, at);
  return run ? { node: run.node, offset: run.offset + at - run.start } : null;
}

/** The DOM point just after block character `at` (clamped to the node, for synthetic spaces). */
export function pointAfter(map: TextMap, at: number): DomPoint | null {
  const run = locate(map, at);
  if (!run) return null;
  const offset = run.offset + at - run.start + 1;
  return { node: run.node, offset: Math.min(offset, run.node.data.length) };
}

/**
 * A live Range for block offsets `[start, end)`, or null when the span is empty, out of bounds,
 * or its nodes have left the document (a living page replaced them).
 */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  if (start >= end) return null;
  // pointBefore(start) and pointAfter(end - 1), without the intermediate objects.
  const first = locate(map, start);
  const last = locate(map, end - 1);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const from = first.offset + start - first.start;
  if (from > first.node.data.length) return null;
  const range = doc.createRange();
  range.setStart(first.node, from);
  range.setEnd(last.node, Math.min(last.offset + end - last.start, last.node.data.length));
  return range;
}

/**
 * The block offset of a DOM position (from caretPositionFromPoint), or null if the node is not part
 * of this block. A position inside a dropped character maps to the next kept one.
 */
export function offsetAt(map: TextMap, node: Node, nodeOffset: number): number | null {
  let found: number | null = null;
  // A node's offsets only grow along the block: the last kept character at or before
  // `nodeOffset` is the answer, or the node's first kept character when none is.
  for (const run of map.runs) {
    if (run.node !== node) continue;
    if (run.offset > nodeOffset) return found ?? run.start;
    found = run.start + Math.min(nodeOffset - run.offset, run.length - 1);
  }
  return found;
}
