/**
 * From the winning candidate to the body's containers: a story split over several containers is
 * joined at their nearest common ancestor, and siblings of the body that look like more of the same
 * story join it (Readability).
 */
import { linkDensity } from './density';
import { isExcluded } from './visibility';

/** A candidate's score (class words included) and its paragraphs' votes alone. */
export interface Candidate {
  score: number;
  votes: number;
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
 * piece of the story.
 */
export function mergeStrongCandidates(top: Element, candidates: Map<Element, Candidate>): Element {
  const bar = (candidates.get(top)?.score ?? 0) * STRONG_SHARE;
  const topClass = top.getAttribute('class');
  const ancestors: Element[] = [];
  for (let el = top.parentElement, n = 0; el && n < MAX_MERGE_LEVELS; el = el.parentElement, n++) {
    if (el.localName === 'body') break;
    ancestors.push(el);
  }
  let merged = top;
  let mergedLevel = -1;
  for (const [el, { score, votes }] of candidates) {
    if (score < bar) continue;
    if (votes < MIN_PIECE_VOTES && (!topClass || el.getAttribute('class') !== topClass)) continue;
    if (merged.contains(el) || el.contains(merged)) continue;
    const level = ancestors.findIndex((a) => a.contains(el));
    if (level > mergedLevel) {
      merged = ancestors[level] as Element;
      mergedLevel = level;
    }
  }
  return merged;
}

/** Siblings of the winner that score well or are plain long paragraphs join it (Readability). */
export function withSiblings(top: Element, candidates: Map<Element, Candidate>): Element[] {
  const parent = top.parentElement;
  if (!parent || parent.localName === 'body' || parent.localName === 'html') return [top];
  const threshold = Math.max(10, (candidates.get(top)?.score ?? 0) * 0.2);
  const out: Element[] = [];
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    if (isExcluded(sibling)) continue;
    const score = candidates.get(sibling)?.score ?? 0;
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
