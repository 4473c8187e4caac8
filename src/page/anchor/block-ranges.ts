/**
 * Live ranges for many spans of one block at once. `rangeFor` asks the DOM, for every span, whether
 * its text nodes are still connected and how long they are; on a huge article that is four DOM
 * calls per span. Nothing can change the DOM while a synchronous stretch of our code runs, so this
 * maker asks once per text node and remembers until `forget()` — call it before letting the page
 * run. Results are exactly `rangeFor`'s.
 */
import { locate, type TextMap } from './text-map';

/** A node's data length, or NOT_CONNECTED when it has left the document. */
const NOT_CONNECTED = -1;

/** Makes ranges for one block; forget what it read of the DOM whenever the page may have run. */
export class BlockRangeMaker {
  private readonly lengths = new Map<Text, number>();

  constructor(
    private readonly map: TextMap,
    private readonly doc: Document,
  ) {}

  /** `rangeFor(map, start, end, doc)`, reading each text node's state once. */
  range(start: number, end: number): Range | null {
    if (start >= end) return null;
    const first = locate(this.map, start);
    const last = locate(this.map, end - 1);
    if (!first || !last) return null;
    const firstLength = this.lengthOf(first.node);
    const lastLength = this.lengthOf(last.node);
    if (firstLength === NOT_CONNECTED || lastLength === NOT_CONNECTED) return null;
    const from = first.offset + start - first.start;
    if (from > firstLength) return null;
    const range = this.doc.createRange();
    range.setStart(first.node, from);
    range.setEnd(last.node, Math.min(last.offset + end - last.start, lastLength));
    return range;
  }

  /** Drop what was read of the DOM (the page is about to run). */
  forget(): void {
    this.lengths.clear();
  }

  private lengthOf(node: Text): number {
    let length = this.lengths.get(node);
    if (length === undefined) {
      length = node.isConnected ? node.data.length : NOT_CONNECTED;
      this.lengths.set(node, length);
    }
    return length;
  }
}
