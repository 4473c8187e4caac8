/**
 * From the winning candidate to the body's containers: a story split over several containers is
 * joined at their nearest common ancestor, and siblings of the body that look like more of the same
 * story join it (Readability).
 */
import { lazyPattern } from '../pattern';
import { linkDensity } from './density';
import { attributeTokens } from './attribute-tokens';
import { BLOCK_TAGS, BODY_TOKENS } from './rules';
import { isExcludedTag } from './visibility';

/** A candidate's score (class words included) and its paragraphs' votes alone. */
export interface Candidate {
  score: number;
  votes: number;
  /** Votes of the paragraphs directly inside it (not in a child box), link share applied. */
  own: number;
}

/** A candidate this close to the winner's score is another piece of the same story... */
const STRONG_SHARE = 0.35;
/**
 * ...if its own paragraphs carry this many votes (two or three real paragraphs), or it repeats the
 * winner's class list (a story printed one paragraph per card).
 */
const MIN_PIECE_VOTES = 8;
/** How far above the winner the merge may climb (beyond that it is another page region). */
const MAX_MERGE_LEVELS = 5;

/**
 * Bodies split by ads or inline modules ("section / ad / section") leave several strong
 * candidates; the nearest common ancestor of the winner and the strong ones holds the whole story.
 * Strong means close to the winner by score, with paragraphs of its own or the winner's own class
 * list: a lone paragraph whose class word earns a bonus (a cookie notice in a "text" box) is no
 * piece of the story. A numbered part of the winner's own box ("story-body-1" beside
 * "story-body-2") is a piece whatever its score: a short first part scores little.
 */
export function mergeStrongCandidates(top: Element, candidates: Map<Element, Candidate>): Element {
  const bar = (candidates.get(top)?.score ?? 0) * STRONG_SHARE;
  const topClass = top.getAttribute('class');
  const numbered = topClass !== null && /\d/.test(topClass);
  const ancestors: Element[] = [];
  for (let el = top.parentElement, n = 0; el && n < MAX_MERGE_LEVELS; el = el.parentElement, n++) {
    if (el.localName === 'body') break;
    ancestors.push(el);
  }
  let merged = top;
  let mergedLevel = -1;
  for (const [el, { score, votes }] of candidates) {
    const strong =
      score >= bar &&
      (votes >= MIN_PIECE_VOTES || (!!topClass && el.getAttribute('class') === topClass));
    // A weak candidate can still be a numbered part, tested only when the winner's class has a digit.
    if (!strong && !(numbered && numberedAlike(el, top))) continue;
    if (merged.contains(el) || el.contains(merged)) continue;
    const level = ancestors.findIndex((a) => a.contains(el));
    if (level > mergedLevel) {
      merged = ancestors[level] as Element;
      mergedLevel = level;
    }
  }
  return merged;
}

/**
 * A sibling read as a paragraph, as Readability reads it after its clean-up: a `<p>`, or a div
 * wrapping a single `<p>` (a "sourced paragraph" box). A div of bare text ("zn-body__paragraph")
 * counts only when it ends a sentence: bylines and date lines sit beside the body as bare text too.
 */
function asParagraph(el: Element): Element | null {
  if (el.localName === 'p') return el;
  if (el.localName !== 'div') return null;
  const only = el.firstElementChild;
  if (only && only === el.lastElementChild && only.localName === 'p') return only;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.localName)) return null;
  }
  return SENTENCE_END().test((el.textContent ?? '').trim()) ? el : null;
}

/** A sibling paragraph this long joins the body when its links are few... */
const SIBLING_PARAGRAPH_CHARS = 80;
const MAX_SIBLING_LINK_DENSITY = 0.25;
/** ...and a shorter one when it has no link and ends a sentence. */
const SENTENCE_END = lazyPattern(String.raw`\.(?:\s|$)`, 'u');

/**
 * Siblings of the winner that score well or are plain paragraphs join it (Readability): the
 * paragraphs printed before a "read more" fold sit beside the fold's box, which wins the vote.
 */
export function withSiblings(top: Element, candidates: Map<Element, Candidate>): Element[] {
  const parent = top.parentElement;
  if (!parent || parent.localName === 'body' || parent.localName === 'html') return [top];
  const wrapper = wrapperOf(top);
  if (wrapper !== top) return withWrappedAlike(top, wrapper);
  const threshold = Math.max(10, (candidates.get(top)?.score ?? 0) * 0.2);
  const out: Element[] = [];
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    if (isExcludedTag(sibling, sibling.localName)) continue;
    const score = candidates.get(sibling)?.score ?? 0;
    if (score >= threshold) {
      out.push(sibling);
      continue;
    }
    const paragraph = asParagraph(sibling);
    if (!paragraph) continue;
    const text = (paragraph.textContent ?? '').trim();
    const density = linkDensity(paragraph);
    if (text.length > SIBLING_PARAGRAPH_CHARS && density < MAX_SIBLING_LINK_DENSITY) {
      out.push(sibling);
    } else if (text.length > 0 && density === 0 && SENTENCE_END().test(text)) out.push(sibling);
  }
  return out;
}

/** Runs of digits in a class list, which numbered parts of one body differ by. */
const DIGITS = /\d+/g;

/**
 * Is `sibling` another numbered part of the body box `top` is a part of ("story-body story-body-1"
 * beside "story-body story-body-2")? Publishers number the boxes a story is split into around
 * videos and ads, and a short first part scores too little beside a long second one to join by
 * score. The class list must name a body word, and the parts must stand in their numbers' order:
 * grid columns ("span8 content" then "span4 content") are numbered too, but by width.
 */
export function numberedAlike(sibling: Element, top: Element): boolean {
  const mine = top.getAttribute('class');
  const theirs = sibling.getAttribute('class');
  if (!mine || !theirs || mine === theirs) return false;
  const mineNumbers = mine.match(DIGITS);
  if (!mineNumbers || mine.replace(DIGITS, '#') !== theirs.replace(DIGITS, '#')) return false;
  if (!attributeTokens(mine).some((t) => BODY_TOKENS.has(t))) return false;
  const theirNumbers = theirs.match(DIGITS) ?? [];
  const at = mineNumbers.findIndex((n, k) => n !== theirNumbers[k]);
  const before = Number(theirNumbers[at]) < Number(mineNumbers[at]);
  return before === comesBefore(sibling, top);
}

/**
 * Does `a` come before `b` in the document (neither holding the other)? Walked by hand, from the
 * children of their nearest common ancestor: linkedom's `compareDocumentPosition` answers wrongly
 * for elements in different subtrees, and extraction runs under linkedom in Node as well.
 */
function comesBefore(a: Element, b: Element): boolean {
  const chain = new Map<Element, Element>();
  for (let el: Element = a, up = a.parentElement; up; el = up, up = up.parentElement)
    chain.set(up, el);
  for (let el: Element = b, up = b.parentElement; up; el = up, up = up.parentElement) {
    const fromA = chain.get(up);
    if (!fromA) continue;
    for (let sib = fromA.nextElementSibling; sib; sib = sib.nextElementSibling)
      if (sib === el) return true;
    return false;
  }
  return false;
}

/** The single element child of `el` when it has no content (bare text) of its own besides. */
function onlyChild(el: Element): Element | null {
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild) return null;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node !== only && (node.textContent ?? '').trim().length > 0) return null;
  }
  return only;
}

/** The outermost wrapper holding nothing but `top` (below body). */
function wrapperOf(top: Element): Element {
  let el = top;
  for (let parent = el.parentElement; parent; parent = el.parentElement) {
    if (parent.localName === 'body' || parent.localName === 'html') break;
    // Most parents hold more than one element: told inline, before `onlyChild` (a first compile,
    // and a read of each child's text) is called for the rest.
    if (parent.firstElementChild !== el || parent.lastElementChild !== el) break;
    if (onlyChild(parent) !== el) break;
    el = parent;
  }
  return el;
}

/**
 * Readability looks beside the wrapper of a winner that is its only child. Editors that wrap each
 * paragraph, or run of paragraphs, alike (`<div><div dir="ltr"><p>…</p></div></div>`) leave the
 * winner alone in its wrapper and the rest of the story in the wrapper's siblings. Only siblings
 * wrapped the same way (same tags down to the winner's depth) holding real paragraphs join: what
 * else sits beside the wrapper is the page's, not the story's (a blog's footer and disclaimer).
 */
function withWrappedAlike(top: Element, wrapper: Element): Element[] {
  const path: string[] = [];
  for (let el: Element | null = top; el && el !== wrapper; el = el.parentElement) {
    path.unshift(el.localName);
  }
  const out: Element[] = [];
  for (const sibling of Array.from(wrapper.parentElement?.children ?? [])) {
    if (sibling === wrapper) out.push(top);
    else if (
      sibling.localName === wrapper.localName &&
      !isExcludedTag(sibling, sibling.localName)
    ) {
      if (isWrappedAlike(sibling, path)) out.push(sibling);
    }
  }
  return out;
}

/**
 * True when `sibling` wraps paragraphs down `path` as the winner is wrapped; apart, as a page
 * whose wrapper has a twin beside it is rare.
 */
function isWrappedAlike(sibling: Element, path: readonly string[]): boolean {
  let inner: Element | null = sibling;
  for (const tag of path) {
    const child: Element | null = inner && onlyChild(inner);
    inner = child?.localName === tag ? child : null;
  }
  return inner !== null && holdsParagraphs(inner);
}

/** Paragraphs only, long enough and with few links to be story text. */
function holdsParagraphs(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName !== 'p') return false;
  }
  const text = (el.textContent ?? '').trim();
  return (
    el.firstElementChild !== null &&
    text.length > SIBLING_PARAGRAPH_CHARS &&
    linkDensity(el) < MAX_SIBLING_LINK_DENSITY
  );
}
