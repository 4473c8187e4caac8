/**
 * Reading the article body's containers into blocks: each block-level element (p, li, blockquote,
 * heading, a div holding bare text) becomes one block whose inline content — links, emphasis, `<br>`
 * — is flattened into normalized text with a map back to the live text nodes.
 */
import type { BlockKind } from '../../engine/types';
import { TextMapBuilder, type TextMap } from '../anchor/text-map';
import { runSteps, type Steps } from '../steps';
import { BLOCK_TAGS, CELL_TAGS } from './rules';
import { isExcludedTag, isRendered } from './visibility';

/** One block as read from the DOM, before filtering. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  map: TextMap;
  /** The block-level element the text sits in (for scrolling to it). */
  element: Element;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
}

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The kind of a block-level element, given the kind its parent block context implies. */
export function kindFor(tag: string, outer: BlockKind): BlockKind {
  if (tag === 'blockquote' || outer === 'blockquote') return 'blockquote';
  if (HEADING.has(tag)) return 'crosshead';
  if (tag === 'li') return 'listItem';
  if (outer === 'listItem' || outer === 'crosshead') return outer;
  return 'paragraph';
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Block-level elements read between pauses: a pause costs about as much as a short paragraph. */
const BLOCKS_PER_STEP = 4;

/** An element whose children are being read, and the context they are read in. */
interface Frame {
  el: Element;
  kind: BlockKind;
  inLink: boolean;
  /** The block-level element the text sits in. */
  blockEl: Element;
  /** True when `el` is a block of its own: leaving it ends the block. */
  isBlock: boolean;
}

/**
 * Walks containers and emits a block at every block-level boundary. Depth-first with an explicit
 * stack rather than nested generators: a generator per inline element (every link and emphasis)
 * and a resumption per level at every pause cost more than reading the text itself.
 */
class BlockReader {
  readonly blocks: RawBlock[] = [];
  private builder = new TextMapBuilder();
  private linkChars = 0;
  private blocksRead = 0;
  /** Block length at the last `<br>` (-1: none since the last block): a second one ends it. */
  private lengthAtBreak = -1;

  /** Read one container; pauses between block-level elements (safe points to yield). */
  *read(root: Element, kind: BlockKind): Steps<void> {
    const stack: Frame[] = [];
    let frame: Frame = { el: root, kind, inLink: false, blockEl: root, isBlock: false };
    let child = root.firstChild;
    for (;;) {
      if (!child) {
        const done = frame;
        const outer = stack.pop();
        if (!outer) break;
        frame = outer;
        child = done.el.nextSibling;
        if (done.isBlock) {
          this.flush(done.kind, done.el);
          if (++this.blocksRead % BLOCKS_PER_STEP === 0) yield;
        }
        continue;
      }
      const node = child;
      child = node.nextSibling;
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text, frame.inLink);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      const tag = element.localName;
      if (tag === 'br') {
        this.lineBreak(frame);
        continue;
      }
      if (isExcludedTag(element, tag)) continue;
      // A cell's text is set off by a space from its neighbours' (there is no space in the markup).
      if (CELL_TAGS.has(tag)) this.builder.addBreak();
      // "<span class="cross-head">": a section title set as inline text between paragraphs (older
      // BBC pages), told by a class name with "crosshead" or "cross-head" in any case. Substring
      // tests, not a pattern (it would compile on first use), inline (a helper would too).
      let crosshead = false;
      const cls = HEADING.has(tag) ? null : element.getAttribute('class');
      if (cls) {
        const lower = cls.toLowerCase();
        crosshead = lower.includes('crosshead') || lower.includes('cross-head');
      }
      const isBlock = crosshead || BLOCK_TAGS.has(tag);
      if (isBlock) {
        if (!isRendered(element)) continue;
        this.flush(frame.kind, frame.blockEl);
      }
      stack.push(frame);
      // A block inside a link (a teaser card: `<a><h3>…</h3><p>…</p></a>`) is link text too.
      const inLink = frame.inLink || tag === 'a';
      frame = isBlock
        ? {
            el: element,
            kind: crosshead ? 'crosshead' : kindFor(tag, frame.kind),
            inLink,
            blockEl: element,
            isBlock,
          }
        : { ...frame, el: element, inLink, isBlock };
      child = element.firstChild;
    }
    this.flush(kind, root);
  }

  /**
   * A `<br>`: a method of its own, as most article bodies hold none (code in `read` is compiled
   * on every page). Two breaks with no text between are a paragraph break (Readability reads them
   * so).
   */
  private lineBreak(frame: Frame): void {
    if (this.builder.length === this.lengthAtBreak) this.flush(frame.kind, frame.blockEl);
    else this.builder.addBreak();
    this.lengthAtBreak = this.builder.length;
  }

  private addText(node: Text, inLink: boolean): void {
    const before = this.builder.length;
    this.builder.addText(node);
    if (inLink) this.linkChars += this.builder.length - before;
  }

  private flush(kind: BlockKind, element: Element): void {
    if (this.builder.length === 0) return;
    const { text, map } = this.builder.finish();
    this.blocks.push({ kind, text, map, element, linkChars: this.linkChars });
    this.builder = new TextMapBuilder();
    this.linkChars = 0;
    this.lengthAtBreak = -1;
  }
}

/** Read every block of the given containers, in document order, pausing between blocks. */
export function* readBlockSteps(containers: readonly Element[]): Steps<RawBlock[]> {
  const reader = new BlockReader();
  for (const el of containers) yield* reader.read(el, kindFor(el.localName, 'paragraph'));
  return reader.blocks;
}

/** Read every block of the given containers, in document order. */
export function readBlocks(containers: readonly Element[]): RawBlock[] {
  return runSteps(readBlockSteps(containers));
}

/** Read one element (a headline or standfirst) as a single block of the given kind. */
export function readSingleBlock(el: Element, kind: BlockKind): RawBlock | null {
  const builder = new TextMapBuilder();
  collectText(el, builder);
  if (builder.length === 0) return null;
  const { text, map } = builder.finish();
  return { kind, text, map, element: el, linkChars: 0 };
}

function collectText(el: Element, builder: TextMapBuilder): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) builder.addText(child as Text);
    else if (child.nodeType === ELEMENT_NODE) collectElement(child as Element, builder);
  }
}

/** An element inside a headline or standfirst: apart, as most hold bare text and never call it. */
function collectElement(element: Element, builder: TextMapBuilder): void {
  const tag = element.localName;
  if (tag === 'br') builder.addBreak();
  else if (BLOCK_TAGS.has(tag)) {
    builder.addBreak();
    collectText(element, builder);
    builder.addBreak();
  } else if (!isExcludedTag(element, tag)) collectText(element, builder);
}
