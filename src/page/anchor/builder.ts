/**
 * Building a block's normalized text and its text map from the text nodes it is read from (see
 * text-map.ts for what the map is for). Runs over every character of the article on each page
 * load, cold, so the common case — words and single spaces — is one native scan per text node.
 */
import type { TextMap, TextRun } from './text-map';

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

/** Characters that are neither copied as they are nor dropped silently (ASCII fast path first). */
function isSpecial(code: number): boolean {
  return code <= 0x20 ? isSpace(code) : code >= 0xa0 && (isSpace(code) || isInvisible(code));
}

/**
 * Any character `addPlain` cannot copy as it stands: whitespace other than U+0020, a run of two
 * spaces, an invisible character. Single characters or a fixed pair: no backtracking.
 */
const IRREGULAR = /[\t\n\f\r\u00a0\u00ad\u2000-\u200d\u202f\u2060\ufeff]| {2}/u;

/** The markup's line breaks and indentation between tags: ASCII whitespace and nothing else. */
const BLANK = /^[\t\n\f\r ]+$/u;

/**
 * Builds one block's normalized text and its map, fed text nodes and breaks in document order.
 * Leading and trailing whitespace is trimmed; inner runs collapse to one space. Text is copied in
 * the longest slices that appear verbatim in a node and positions are kept as linear runs: this
 * runs over every character of the article on each page load, so it allocates nothing per
 * character or word.
 */
export class TextMapBuilder {
  private parts: string[] = [];
  /**
   * Characters emitted so far (0: no visible character yet). A field the builder alone writes,
   * not a getter: each getter is one more function a page compiles on its first extraction.
   */
  length = 0;
  private runs: TextRun[] = [];
  /** Where a collapsed whitespace run began (emitted as one space before the next character). */
  private pendingNode: Text | null = null;
  private pendingOffset = 0;
  private lastNode: Text | null = null;
  private lastOffset = 0;
  /** The verbatim slice `[sliceFrom, sliceTo)` of `sliceNode` not yet copied into `parts`. */
  private sliceNode: Text | null = null;
  private sliceData = '';
  private sliceFrom = 0;
  private sliceTo = 0;

  /** Append a text node's data. */
  addText(node: Text): void {
    const data = node.data;
    // Most prose nodes are words and single spaces: one native scan, then one slice and one run.
    if (!IRREGULAR.test(data)) this.addPlain(node, data);
    else if (!BLANK.test(data)) this.addIrregular(node, data);
    else if (!this.pendingNode) {
      // What `addIrregular` makes of it (a pending space from offset 0), without its first
      // compile: on many pages the only irregular nodes are these.
      this.pendingNode = node;
      this.pendingOffset = 0;
    }
  }

  /** Data whose only whitespace is single plain spaces (so at most one at either end). */
  private addPlain(node: Text, data: string): void {
    const n = data.length;
    const from = n > 0 && data.charCodeAt(0) === 0x20 ? 1 : 0;
    const to = n > from && data.charCodeAt(n - 1) === 0x20 ? n - 1 : n;
    if (from === 1 && !this.pendingNode) {
      this.pendingNode = node;
      this.pendingOffset = 0;
    }
    if (to > from) {
      this.flushSpace();
      this.emit(node, from, to - from, true);
    }
    if (to < n && !this.pendingNode) {
      this.pendingNode = node;
      this.pendingOffset = to;
    }
  }

  /** Data with other whitespace, runs of spaces or invisible characters: character by character. */
  private addIrregular(node: Text, data: string): void {
    const n = data.length;
    let i = 0;
    while (i < n) {
      const code = data.charCodeAt(i);
      // Printable ASCII, most of any text, is never special: no call for it (run cold, per character).
      if ((code > 0x20 && code < 0xa0) || !isSpecial(code)) {
        let j = i + 1;
        for (; j < n; j++) {
          const next = data.charCodeAt(j);
          if ((next <= 0x20 || next >= 0xa0) && isSpecial(next)) break;
        }
        this.flushSpace();
        this.emit(node, i, j - i, true);
        i = j;
      } else {
        if (!this.pendingNode && isSpace(code)) {
          this.pendingNode = node;
          this.pendingOffset = i;
        }
        i++;
      }
    }
  }

  /** A `<br>` or other inline break: a space unless one is already pending. */
  addBreak(): void {
    if (!this.pendingNode && this.lastNode) {
      this.pendingNode = this.lastNode;
      this.pendingOffset = this.lastOffset + 1;
    }
  }

  /** The finished text and map (trailing whitespace dropped). */
  finish(): { text: string; map: TextMap } {
    this.flushSlice();
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    return { text, map: { runs: this.runs, length: text.length } };
  }

  /** Emit the pending collapsed space (never at the start of the block). */
  private flushSpace(): void {
    const node = this.pendingNode;
    if (!node) return;
    this.pendingNode = null;
    if (this.length === 0) return;
    const at = this.pendingOffset;
    // A plain space right after the verbatim slice extends it; any other whitespace is written.
    const plain =
      node === this.sliceNode && at === this.sliceTo && this.sliceData.charCodeAt(at) === 0x20;
    this.emit(node, at, 1, plain);
  }

  /**
   * Append `length` characters taken from `node` at consecutive offsets from `offset`: `verbatim`
   * when they are the node's own characters, else one written space.
   */
  private emit(node: Text, offset: number, length: number, verbatim: boolean): void {
    const run = this.runs[this.runs.length - 1];
    if (run && run.node === node && run.offset + run.length === offset) run.length += length;
    else this.runs.push({ start: this.length, node, offset, length });
    if (verbatim && node === this.sliceNode && offset === this.sliceTo) this.sliceTo += length;
    else {
      this.flushSlice();
      if (verbatim) {
        this.sliceNode = node;
        this.sliceData = node.data;
        this.sliceFrom = offset;
        this.sliceTo = offset + length;
      } else this.parts.push(' ');
    }
    this.length += length;
    this.lastNode = node;
    this.lastOffset = offset + length - 1;
  }

  private flushSlice(): void {
    const node = this.sliceNode;
    if (!node) return;
    this.parts.push(this.sliceData.slice(this.sliceFrom, this.sliceTo));
    this.sliceNode = null;
  }
}
