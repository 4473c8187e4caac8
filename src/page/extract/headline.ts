/**
 * Finding the headline and standfirst in the live DOM. The publisher's metadata (og:title, JSON-LD
 * headline, description) says what they are; the DOM says where. Matching the two by word overlap
 * finds the right `<h1>` among several and the dek under it, so both become blocks with live text.
 */
import { jsonLdString, metaContent, type JsonLdNode } from '../meta';
import { attributeTokens } from './attribute-tokens';
import { STANDFIRST_TOKENS } from './rules';
import { containment, words } from './similarity';
import { isExcludedTag } from './visibility';

/** Lists: what a standfirst never sits in. */
const LIST_TAGS = 'ul, ol';

/** How much of a candidate's words must appear in the stated title/description. */
const MATCH_THRESHOLD = 0.7;
/** How many elements after the headline are searched for the standfirst. */
const STANDFIRST_SEARCH_LIMIT = 80;

/** Titles and descriptions the publisher states. */
export interface StatedMeta {
  titles: string[];
  descriptions: string[];
}

/** Collect the stated titles and descriptions from meta tags, JSON-LD and `<title>`. */
export function statedMeta(doc: Document, jsonLd: readonly JsonLdNode[]): StatedMeta {
  const titles: string[] = [];
  const descriptions: string[] = [];
  // Plain statements, no helper closure: each function is one more first compile on a page.
  const title = metaContent(doc, ['og:title', 'twitter:title', 'title', 'headline']);
  if (title) titles.push(title);
  for (const node of jsonLd) {
    const headline = jsonLdString(node, 'headline');
    if (headline) titles.push(headline);
  }
  if (doc.title) titles.push(doc.title);
  const description = metaContent(doc, ['og:description', 'description', 'twitter:description']);
  if (description) descriptions.push(description);
  for (const node of jsonLd) {
    const stated = jsonLdString(node, 'description');
    if (stated) descriptions.push(stated);
  }
  return { titles, descriptions };
}

/** True when an element or any ancestor is furniture or hidden. */
export function isInExcluded(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.localName === 'body') return false;
    if (isExcludedTag(node, node.localName)) return true;
  }
  return false;
}

function bestMatch(text: string, references: readonly string[]): number {
  let best = 0;
  for (const ref of references) best = Math.max(best, containment(text, ref));
  return best;
}

/**
 * How well a candidate's text matches a stated title: mostly how much of the candidate the title
 * holds, then how much of the title it covers. A site name in an `<h1>` ("The GiveWell Blog") or a
 * section heading ("Reviews") is all inside "<headline> - The GiveWell Blog" but covers little of it.
 */
export function titleMatch(text: string, references: readonly string[]): number {
  let best = 0;
  for (const ref of references) {
    const held = containment(text, ref);
    if (held < MATCH_THRESHOLD) continue;
    best = Math.max(best, held * (1 + containment(ref, text)) * 0.5);
  }
  return best;
}

/** The headline element: the `<h1>` (or itemprop=headline) that best matches the stated title. */
export function findHeadline(doc: Document, meta: StatedMeta): Element | null {
  const candidates: Element[] = [];
  for (const list of [
    doc.getElementsByTagName('h1'),
    doc.querySelectorAll('[itemprop="headline"]'),
  ]) {
    for (const el of Array.from(list)) {
      if (!isInExcluded(el) && (el.textContent ?? '').trim().length > 0) candidates.push(el);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of candidates) {
    const score = titleMatch(el.textContent ?? '', meta.titles);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? soleH1(candidates);
}

/** The one `<h1>` among the candidates, if only one: apart, as most titles match an element. */
function soleH1(candidates: readonly Element[]): Element | null {
  const h1s = candidates.filter((el) => el.localName === 'h1');
  return h1s.length === 1 ? (h1s[0] as Element) : null;
}

/** The next element in document order after `el`'s subtree is skipped or entered. */
function nextElement(el: Element, enter: boolean): Element | null {
  if (enter && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

function looksLikeStandfirst(el: Element, meta: StatedMeta): boolean {
  const text = (el.textContent ?? '').trim();
  if (text.length < 30 || text.length > 700) return false;
  const words = attributeTokens(
    `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`,
  );
  let marked = false;
  for (const w of words) if (STANDFIRST_TOKENS.has(w)) marked = true;
  const isTextTag = el.localName === 'p' || el.localName === 'h2';
  if (!marked && !(isTextTag && bestMatch(text, meta.descriptions) >= MATCH_THRESHOLD))
    return false;
  // A dek stands alone under the headline: a line in a list is a teaser or a video playlist's.
  // Asked last: the ancestor walk is the costliest test, and nearly every element fails another.
  return el.closest(LIST_TAGS) === null;
}

/**
 * The standfirst: the first element after the headline, before `stop` (the body's first block),
 * that is marked as a dek/summary or matches the stated description.
 */
export function findStandfirst(
  headline: Element,
  stop: Element | null,
  meta: StatedMeta,
): Element | null {
  let el = nextElement(headline, false);
  for (let seen = 0; el && seen < STANDFIRST_SEARCH_LIMIT; seen++) {
    if (el === stop) return null;
    if (stop && el.contains(stop)) {
      el = nextElement(el, true);
      continue;
    }
    if (isExcludedTag(el, el.localName)) {
      el = nextElement(el, false);
      continue;
    }
    if (looksLikeStandfirst(el, meta)) return el;
    el = nextElement(el, true);
  }
  return null;
}

/** True when a block's text is the stated description (a standfirst printed inside the body). */
export function matchesDescription(text: string, meta: StatedMeta): boolean {
  return text.length >= 30 && bestMatch(text, meta.descriptions) >= 0.85;
}

/** How many leading body blocks may repeat the title or print the site's name. */
const TITLE_ECHO_WINDOW = 3;
/** Longer blocks are prose, whatever their words. */
const MAX_TITLE_ECHO_CHARS = 200;
/** An echo's words all but entirely sit in a stated title. */
const ECHO_THRESHOLD = 0.9;
/** A block this close to a title (held and covering it) is the headline itself. */
const HEADLINE_ECHO = 0.85;

/**
 * True when word characters make up most of the text: scripts without case (Chinese, Japanese)
 * have no words to compare here, and a few Latin names in such a line prove nothing.
 */
function isMostlyWords(text: string): boolean {
  let letters = 0;
  for (const word of words(text)) letters += word.length;
  return letters * 2 >= text.replaceAll(' ', '').length;
}

/**
 * Leading body blocks that only echo a stated title: the title printed again as a paragraph
 * (`<p class="titulo">`), or the site's name in a masthead `<h1>` ("The GiveWell Blog", which
 * "<headline> - The GiveWell Blog" holds). Returns their indexes and, among them, the one that is
 * the headline itself (-1 if none).
 */
export function titleEchoes(
  blocks: ReadonlyArray<{ text: string }>,
  meta: StatedMeta,
): { echoes: number[]; headline: number } {
  const echoes: number[] = [];
  let headline = -1;
  let best = HEADLINE_ECHO;
  for (let i = 0; i < Math.min(blocks.length, TITLE_ECHO_WINDOW); i++) {
    const text = (blocks[i] as { text: string }).text;
    if (text.length > MAX_TITLE_ECHO_CHARS) continue;
    // The title match first: it rules out nearly every block, with the word-overlap code the
    // headline's search has already run; the word-share test would be a first run on most pages.
    if (bestMatch(text, meta.titles) < ECHO_THRESHOLD || !isMostlyWords(text)) continue;
    echoes.push(i);
    const match = titleMatch(text, meta.titles);
    if (match >= best) {
      best = match;
      headline = i;
    }
  }
  return { echoes, headline };
}
