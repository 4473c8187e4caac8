/**
 * The paragraph text that votes for the article body, as Mozilla Readability sees it after its
 * clean-up: `<p>` and `<pre>`; a div holding only phrasing content (it acts as a paragraph); and,
 * inside a div that mixes bare text with block children, each run of bare text between block
 * children or double `<br>` (Readability wraps such runs in paragraphs, so they vote for the div
 * itself). Sites that print the story as bare text in a div with a few block children (a share
 * bar, an image wrapper, an empty "fake-br" div) would otherwise have no paragraph at all.
 */
import { runSteps, type Steps } from '../steps';
import { BLOCK_TAGS } from './rules';
import { isExcludedTag } from './visibility';

/** One paragraph's text and the first element its vote goes to (then up to two more ancestors). */
export interface Voter {
  text: string;
  votesFor: Element;
}

/** Shortest paragraph text that votes. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Tags whose text votes as a paragraph (Readability's set, less headings and cells). */
const PARAGRAPH_TAGS = new Set(['p', 'pre']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Block-level descendants that make an inline wrapper (`<a><div>…</div></a>`) a block. */
const BLOCK_SELECTOR = Array.from(BLOCK_TAGS).join(',');

/** True for an inline element that wraps block-level content (it is read as a block). */
function wrapsBlocks(el: Element): boolean {
  return el.firstElementChild !== null && el.querySelector(BLOCK_SELECTOR) !== null;
}

/** Elements visited between pauses while collecting paragraphs (a pause is a safe point). */
const ELEMENTS_PER_STEP = 64;

/**
 * A div's runs of phrasing text, split at block children and at double `<br>`; excluded children
 * (scripts, share buttons, images) neither add text nor split a run.
 */
export function textRuns(el: Element): { runs: string[]; hasBlockChild: boolean } {
  const runs: string[] = [];
  let run = '';
  let breaks = 0;
  let hasBlockChild = false;
  const end = () => {
    const text = run.trim();
    if (text) runs.push(text);
    run = '';
    breaks = 0;
  };
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.trim().length > 0) breaks = 0;
      run += data;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    const tag = child.localName;
    if (tag === 'br') {
      if (++breaks >= 2) end();
      else run += ' ';
      continue;
    }
    if (isExcludedTag(child, tag)) continue;
    if (BLOCK_TAGS.has(tag) || wrapsBlocks(child)) {
      hasBlockChild = true;
      end();
      continue;
    }
    const text = child.textContent ?? '';
    if (text.trim().length > 0) breaks = 0;
    run += text;
  }
  end();
  return { runs, hasBlockChild };
}

/** Add a div's votes: the div itself as a paragraph, or its runs as paragraphs inside it. */
function divVoters(el: Element, out: Voter[]): boolean {
  // A cheap first test (inline: a helper is one more first compile): does any child node hold
  // bare text or a phrasing element? Element children are read first: most divs either wrap a
  // phrasing element (and are answered there) or only blocks, so the text nodes, each a string to
  // read, are reached only for the rest.
  let phrasing = false;
  for (let child = el.firstElementChild; child && !phrasing; child = child.nextElementSibling) {
    phrasing = !BLOCK_TAGS.has(child.localName);
  }
  for (let node = el.firstChild; node && !phrasing; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) phrasing = (node as Text).data.trim().length > 0;
  }
  if (!phrasing) return true;
  const { runs, hasBlockChild } = textRuns(el);
  const parent = el.parentElement;
  if (!hasBlockChild && runs.length === 1 && parent) {
    const text = runs[0] as string;
    if (text.length >= MIN_PARAGRAPH_CHARS) out.push({ text, votesFor: parent });
    return false;
  }
  for (const text of runs) {
    if (text.length >= MIN_PARAGRAPH_CHARS) out.push({ text, votesFor: el });
  }
  return hasBlockChild;
}

/**
 * Every voting paragraph outside excluded subtrees, in document order. An iterative walk (no
 * generator per element, no child array copies) that pauses every few dozen elements: this
 * visits every element of the page.
 */
export function* collectVoterSteps(root: ParentNode, relaxed: boolean): Steps<Voter[]> {
  const out: Voter[] = [];
  let el = root.firstElementChild;
  let visited = 0;
  while (el) {
    let enter = false;
    const tag = el.localName;
    if (!isExcludedTag(el, tag, relaxed)) {
      if (PARAGRAPH_TAGS.has(tag)) {
        const text = (el.textContent ?? '').trim();
        const parent = el.parentElement;
        if (text.length >= MIN_PARAGRAPH_CHARS && parent) out.push({ text, votesFor: parent });
      } else if (tag === 'div') enter = divVoters(el, out);
      else enter = true;
    }
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    if (enter && el.firstElementChild) el = el.firstElementChild;
    else {
      // A top-level element's parent is the document (no parentElement): the walk ends there.
      while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
      el = el && el !== root ? el.nextElementSibling : null;
    }
  }
  return out;
}

/** `collectVoterSteps` run to the end (tests, tools). */
export function collectVoters(root: ParentNode, relaxed = false): Voter[] {
  return runSteps(collectVoterSteps(root, relaxed));
}
