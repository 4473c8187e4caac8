/**
 * Reading the article body's containers into blocks: each block-level element (p, li, blockquote,
 * heading, a div holding bare text) becomes one block whose inline content — links, emphasis, `<br>`
 * — is flattened into normalized text with a map back to the live text nodes.
 */
import type { BlockKind } from '../../engine/types';
import { TextMapBuilder, type TextMap } from '../anchor/text-map';
import { runSteps, type Steps } from '../steps';
import { BLOCK_TAGS } from './rules';
import { isExcluded, isRendered } from './visibility';

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

/** Walks containers and emits a block at every block-level boundary. */
class BlockReader {
  readonly blocks: RawBlock[] = [];
  private builder = new TextMapBuilder();
  private linkChars = 0;

  /** Read one container; pauses after every block-level element (a safe point to yield). */
  *read(el: Element, kind: BlockKind): Steps<void> {
    yield* this.walk(el, kind, false, el);
    this.flush(kind, el);
  }

  private *walk(el: Element, kind: BlockKind, inLink: boolean, blockEl: Element): Steps<void> {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const before = this.builder.length;
        this.builder.addText(child as Text);
        if (inLink) this.linkChars += this.builder.length - before;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const tag = element.localName;
      if (tag === 'br') {
        this.builder.addBreak();
        continue;
      }
      if (isExcluded(element)) continue;
      if (BLOCK_TAGS.has(tag)) {
        if (!isRendered(element)) continue;
        this.flush(kind, blockEl);
        const inner = kindFor(tag, kind);
        yield* this.walk(element, inner, false, element);
        this.flush(inner, element);
        yield;
        continue;
      }
      yield* this.walk(element, kind, inLink || tag === 'a', blockEl);
    }
  }

  private flush(kind: BlockKind, element: Element): void {
    if (this.builder.isEmpty) return;
    const { text, map } = this.builder.finish();
    this.blocks.push({ kind, text, map, element, linkChars: this.linkChars });
    this.builder = new TextMapBuilder();
    this.linkChars = 0;
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
  if (builder.isEmpty) return null;
  const { text, map } = builder.finish();
  return { kind, text, map, element: el, linkChars: 0 };
}

function collectText(el: Element, builder: TextMapBuilder): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) builder.addText(child as Text);
    else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (element.localName === 'br') builder.addBreak();
      else if (BLOCK_TAGS.has(element.localName)) {
        builder.addBreak();
        collectText(element, builder);
        builder.addBreak();
      } else if (!isExcluded(element)) collectText(element, builder);
    }
  }
}
