/**
 * Locating the article body, Readability-style: paragraphs vote for their parent and grandparent,
 * class words and `itemprop="articleBody"` weigh in, link-heavy candidates lose, and siblings of the
 * winner that look like more of the same story join it. Returns the body's containers in document
 * order; blocks are read from them later, so nothing here needs layout.
 */
import { BODY_TOKENS, FURNITURE_TOKENS, attributeTokens } from './rules';
import { runSteps, type Steps } from '../steps';
import { isExcluded } from './visibility';
import { collectVoterSteps } from './voters';

/** Bonus for a container whose class/id words say it is the story body. */
const BODY_WORD_BONUS = 25;
/** Bonus for `itemprop="articleBody"`, the publisher's own statement. */
const ARTICLE_BODY_BONUS = 50;

/** How strongly class words say "story body" (+) or "furniture" (−). */
function classWeight(el: Element): number {
  let weight = 0;
  if ((el.getAttribute('itemprop') ?? '').toLowerCase().includes('articlebody')) {
    weight += ARTICLE_BODY_BONUS;
  }
  const words = attributeTokens(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
  if (words.some((w) => BODY_TOKENS.has(w))) weight += BODY_WORD_BONUS;
  if (words.some((w) => FURNITURE_TOKENS.has(w))) weight -= BODY_WORD_BONUS;
  return weight;
}

/** What a TreeWalker shows to read `textContent`'s characters: Text and CDATA sections. */
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;

/**
 * `el.textContent.length` without building the string: the candidates scored here include the
 * body and the whole document, megabytes of text (and inline scripts) on a large page.
 */
export function textLength(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT_AND_CDATA);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as CharacterData).data.length;
  }
  return length;
}

/** Characters inside links, over all characters: high for menus and teaser lists. */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').length;
  return links / total;
}

/** Commas of the corpus scripts (Latin, fullwidth, ideographic). */
const COMMAS = [',', '，', '、'];

function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/** Readability's paragraph vote: one point, one per comma, one per 100 chars (max 3). */
function paragraphVote(text: string): number {
  let commas = 0;
  for (const comma of COMMAS) commas += count(text, comma);
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

/** Paragraphs voted between pauses: a vote costs about as much as a pause. */
const PARAGRAPHS_PER_STEP = 16;

/**
 * The article body's containers in document order, or [] when the page has no paragraph text.
 * `relaxed` lets paragraphs under furniture-sounding class words vote (the retry pass).
 */
export function findBodyContainers(doc: Document, relaxed = false): Element[] {
  return runSteps(bodyContainerSteps(doc, relaxed));
}

/** `findBodyContainers`, pausing at safe points (between paragraphs and candidates). */
export function* bodyContainerSteps(doc: Document, relaxed = false): Steps<Element[]> {
  // The whole document, not `doc.body`: malformed saved pages can parse into several bodies.
  const html = doc.documentElement;
  if (!html) return [];
  const voters = yield* collectVoterSteps(html, relaxed);
  const scores = new Map<Element, number>();
  let voted = 0;
  for (const { text, votesFor } of voters) {
    const vote = paragraphVote(text);
    let ancestor: Element | null = votesFor;
    for (let level = 0; ancestor && level < 3; level++) {
      // A new candidate starts from its class weight (and keeps its first-seen place in order).
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? classWeight(ancestor)) + vote / divider);
      ancestor = ancestor.parentElement;
    }
    if (++voted % PARAGRAPHS_PER_STEP === 0) yield;
  }
  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [el, raw] of scores) {
    const score = raw * (1 - linkDensity(el));
    scores.set(el, score);
    if (score > topScore) {
      top = el;
      topScore = score;
    }
    yield;
  }
  if (!top) return [];
  const merged = mergeStrongCandidates(top, topScore, scores);
  return withSiblings(merged, scores.get(merged) ?? topScore, scores);
}

/** A candidate this close to the winner's score is another piece of the same story. */
const STRONG_SHARE = 0.35;
/** How far above the winner the merge may climb (beyond that it is another page region). */
const MAX_MERGE_LEVELS = 5;

/**
 * Bodies split by ads or inline modules ("section / ad / section") leave several strong
 * candidates; the nearest common ancestor of the winner and the strong ones holds the whole story.
 */
function mergeStrongCandidates(
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
): Element {
  const ancestors: Element[] = [];
  for (let el = top.parentElement, n = 0; el && n < MAX_MERGE_LEVELS; el = el.parentElement, n++) {
    if (el.localName === 'body') break;
    ancestors.push(el);
  }
  let merged = top;
  let mergedLevel = -1;
  for (const [el, score] of scores) {
    if (score < topScore * STRONG_SHARE || merged.contains(el) || el.contains(merged)) continue;
    const level = ancestors.findIndex((a) => a.contains(el));
    if (level > mergedLevel) {
      merged = ancestors[level] as Element;
      mergedLevel = level;
    }
  }
  return merged;
}

/** Siblings of the winner that score well or are plain long paragraphs join it (Readability). */
function withSiblings(top: Element, topScore: number, scores: Map<Element, number>): Element[] {
  const parent = top.parentElement;
  if (!parent || parent.localName === 'body' || parent.localName === 'html') return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const out: Element[] = [];
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    if (isExcluded(sibling)) continue;
    const score = scores.get(sibling) ?? 0;
    if (score >= threshold) {
      out.push(sibling);
      continue;
    }
    if (sibling.localName === 'p') {
      const text = (sibling.textContent ?? '').trim();
      const density = linkDensity(sibling);
      if (text.length > 80 && density < 0.25) out.push(sibling);
      else if (text.length > 0 && density === 0 && /\.(?:\s|$)/u.test(text)) out.push(sibling);
    }
  }
  return out;
}
