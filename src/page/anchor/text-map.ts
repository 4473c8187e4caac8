/**
 * Block offsets ↔ live DOM positions.
 *
 * A block's text is what the reader sees, normalized: whitespace runs collapse to one space, `<br>`
 * becomes a space, soft hyphens and zero-width characters vanish, entities are already decoded by
 * the parser. Every character of the normalized text remembers the text node and offset it came from,
 * so an engine span `[start, end)` converts to a DOM Range without searching the text again, and a
 * caret position under the pointer converts back to a block offset.
 */

/** A run of consecutive block characters drawn from one text node. */
export interface TextRun {
  /** Block offset of the run's first character. */
  start: number;
  node: Text;
  /** `offsets[i]` is the node offset of block character `start + i`. */
  offsets: number[];
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

/** Characters dropped from block text: soft hyphen, zero-width space/joiners, word joiner, BOM. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Whitespace collapsed the way CSS `white-space: normal` does, plus NBSP and friends as spaces. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/**
 * Builds one block's normalized text and its map, fed text nodes and breaks in document order.
 * Leading and trailing whitespace is trimmed; inner runs collapse to one space. Runs of visible
 * characters are copied as slices and positions kept as plain numbers: this runs over every
 * character of the article on each page load, so it allocates nothing per character.
 */
export class TextMapBuilder {
  private parts: string[] = [];
  private size = 0;
  private runs: TextRun[] = [];
  /** Where a collapsed whitespace run began (emitted as one space before the next character). */
  private pendingNode: Text | null = null;
  private pendingOffset = 0;
  private lastNode: Text | null = null;
  private lastOffset = 0;

  /** Append a text node's data. */
  addText(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) {
        i++;
        continue;
      }
      if (isSpace(code)) {
        if (!this.pendingNode) {
          this.pendingNode = node;
          this.pendingOffset = i;
        }
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const next = data.charCodeAt(j);
        if (isSpace(next) || isInvisible(next)) break;
        j++;
      }
      this.flushSpace();
      this.push(data.slice(i, j), node, i);
      i = j;
    }
  }

  /** A `<br>` or other inline break: a space unless one is already pending. */
  addBreak(): void {
    if (!this.pendingNode && this.lastNode) {
      this.pendingNode = this.lastNode;
      this.pendingOffset = this.lastOffset + 1;
    }
  }

  /** Characters emitted so far. */
  get length(): number {
    return this.size;
  }

  /** True when no visible character has been added. */
  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** The finished text and map (trailing whitespace dropped). */
  finish(): { text: string; map: TextMap } {
    const text = this.parts.join('');
    return { text, map: { runs: this.runs, length: text.length } };
  }

  private flushSpace(): void {
    const node = this.pendingNode;
    this.pendingNode = null;
    if (node && this.size > 0) this.push(' ', node, this.pendingOffset);
  }

  /** Append `chars`, taken from `node` at consecutive offsets from `offset`. */
  private push(chars: string, node: Text, offset: number): void {
    let run = this.runs[this.runs.length - 1];
    if (!run || run.node !== node) {
      run = { start: this.size, node, offsets: [] };
      this.runs.push(run);
    }
    for (let k = 0; k < chars.length; k++) run.offsets.push(offset + k);
    this.parts.push(chars);
    this.size += chars.length;
    this.lastNode = node;
    this.lastOffset = offset + chars.length - 1;
  }
}

/** Index of the run containing block offset `at` (runs are sorted and contiguous). */
function runIndexAt(map: TextMap, at: number): number {
  let lo = 0;
  let hi = map.runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.runs[mid] as TextRun).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM point where block character `at` starts. */
export function pointBefore(map: TextMap, at: number): DomPoint | null {
  if (at < 0 || at >= map.length) return null;
  const run = map.runs[runIndexAt(map, at)];
  if (!run) return null;
  return { node: run.node, offset: run.offsets[at - run.start] as number };
}

/** The DOM point just after block character `at` (clamped to the node, for synthetic spaces). */
export function pointAfter(map: TextMap, at: number): DomPoint | null {
  const before = pointBefore(map, at);
  if (!before) return null;
  return { node: before.node, offset: Math.min(before.offset + 1, before.node.data.length) };
}

/**
 * A live Range for block offsets `[start, end)`, or null when the span is empty, out of bounds,
 * or its nodes have left the document (a living page replaced them).
 */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  if (start >= end) return null;
  const from = pointBefore(map, start);
  const to = pointAfter(map, end - 1);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  if (from.offset > from.node.data.length) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The block offset of a DOM position (from caretPositionFromPoint), or null if the node is not part
 * of this block. A position inside a dropped character maps to the next kept one.
 */
export function offsetAt(map: TextMap, node: Node, nodeOffset: number): number | null {
  let found: number | null = null;
  for (const run of map.runs) {
    if (run.node !== node) continue;
    for (let i = 0; i < run.offsets.length; i++) {
      if ((run.offsets[i] as number) <= nodeOffset) found = run.start + i;
      else return found ?? run.start + i;
    }
  }
  return found;
}
