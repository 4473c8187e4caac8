/**
 * The floor the pipeline is measured against: the least work that gives the reader the same
 * highlights on the same page, in the same cold condition. One TreeWalker pass over the article's
 * text nodes, the same number of ranges built from offsets known in advance, the same highlights
 * registered in `CSS.highlights` — no detection, no extraction, no engine, nothing read twice.
 *
 * The plan (which ranges) is read from a page the extension annotated; the floor then runs as the
 * first and only script call in a freshly loaded tab of a browser without the extension, so it
 * pays what the content script pays: cold code, first DOM wrappers, first range, first highlight.
 * Both functions run in the page: no inner functions (tsx would wrap them in a helper the page
 * does not have).
 */

/** What the floor must build: where the article is, and each highlight's ranges as node indices. */
export interface FloorPlan {
  /** Child-element indices from `<body>` down to the element holding every highlighted node. */
  path: number[];
  /** Per registered highlight: its name, priority and ranges as flat quads over the walk's nodes. */
  highlights: { name: string; priority: number; quads: number[] }[];
  /** Ranges in all, and of which kind (`Range` or `StaticRange`) the extension registered. */
  ranges: number;
  kind: string;
}

/** Runs in the annotated page (main world): the extension's highlights as a floor plan. */
export function readFloorPlan(): FloorPlan {
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const entries: [string, number, AbstractRange[]][] = [];
  for (const [name, highlight] of registry) {
    if (!name.startsWith('sourcelight-')) continue;
    entries.push([name, (highlight as unknown as { priority: number }).priority, [...highlight]]);
  }
  let first: Node | null = null;
  let last: Node | null = null;
  let kind = 'Range';
  for (const [, , ranges] of entries) {
    for (const r of ranges) {
      if (!(r instanceof Range)) kind = 'StaticRange';
      if (!first || r.startContainer.compareDocumentPosition(first) & 4) first = r.startContainer;
      if (!last || r.endContainer.compareDocumentPosition(last) & 2) last = r.endContainer;
    }
  }
  let root: Node = document.body;
  if (first && last) {
    const span = document.createRange();
    span.setStart(first, 0);
    span.setEnd(last, 0);
    root = span.commonAncestorContainer;
    if (root.nodeType !== 1) root = root.parentNode ?? document.body;
  }
  const path: number[] = [];
  for (let el = root as Element; el !== document.body && el.parentElement; el = el.parentElement) {
    path.unshift(Array.prototype.indexOf.call(el.parentElement.children, el));
  }
  const index = new Map<Node, number>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) index.set(node, index.size);
  let count = 0;
  const highlights = entries.map(([name, priority, ranges]) => {
    const quads: number[] = [];
    for (const r of ranges) {
      quads.push(index.get(r.startContainer) ?? -1, r.startOffset);
      quads.push(index.get(r.endContainer) ?? -1, r.endOffset);
      count++;
    }
    return { name, priority, quads };
  });
  return { path, highlights, ranges: count, kind };
}

/** Runs in a fresh page of a browser without the extension: the floor's work, timed (ms). */
export function runFloor(plan: FloorPlan): number {
  const start = performance.now();
  let root: Element = document.body;
  for (const i of plan.path) root = root.children[i] as Element;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  const staticRanges = plan.kind === 'StaticRange';
  for (const { name, priority, quads } of plan.highlights) {
    const highlight = new Highlight();
    for (let q = 0; q < quads.length; q += 4) {
      const startContainer = nodes[quads[q] as number] as Node;
      const endContainer = nodes[quads[q + 2] as number] as Node;
      if (staticRanges) {
        highlight.add(
          new StaticRange({
            startContainer,
            startOffset: quads[q + 1] as number,
            endContainer,
            endOffset: quads[q + 3] as number,
          }),
        );
      } else {
        const range = document.createRange();
        range.setStart(startContainer, quads[q + 1] as number);
        range.setEnd(endContainer, quads[q + 3] as number);
        highlight.add(range);
      }
    }
    highlight.priority = priority;
    registry.set(name, highlight);
  }
  return performance.now() - start;
}
