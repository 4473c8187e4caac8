/**
 * Locating the article body, Readability-style: paragraphs vote for their parent and grandparent,
 * class words and `itemprop="articleBody"` weigh in, link-heavy candidates lose, and siblings of the
 * winner that look like more of the same story join it (./merge). Returns the body's containers in
 * document order; blocks are read from them later, so nothing here needs layout.
 */
import { runSteps, type Steps } from '../steps';
import { linkDensity } from './density';
import { climbToStoryParent } from './climb';
import { mergeStrongCandidates, withSiblings, type Candidate } from './merge';
import { attributeTokens } from './attribute-tokens';
import { BODY_TOKENS, FURNITURE_TOKENS } from './rules';
import { collectVoterSteps } from './voters';

export { linkDensity, textLength } from './density';

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
  // One plain loop, not two `some` closures (each a first compile on every page).
  let body = false;
  let furniture = false;
  for (const w of words) {
    if (BODY_TOKENS.has(w)) body = true;
    if (FURNITURE_TOKENS.has(w)) furniture = true;
  }
  if (body) weight += BODY_WORD_BONUS;
  if (furniture) weight -= BODY_WORD_BONUS;
  return weight;
}

/** Commas of the corpus scripts (Latin, fullwidth, ideographic). */
const COMMAS = [',', '，', '、'];

/** Readability's paragraph vote: one point, one per comma, one per 100 chars (max 3). */
function paragraphVote(text: string): number {
  let commas = 0;
  for (const comma of COMMAS) {
    for (let at = text.indexOf(comma); at >= 0; at = text.indexOf(comma, at + 1)) commas++;
  }
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
  // The whole document, not `doc.body` nor `doc.documentElement`: malformed saved pages can parse
  // into several bodies, and a stray tag before `<html>` (a `<meta>`) becomes the document element
  // in a non-browser parser, leaving the real `<html>` as its sibling.
  if (!doc.firstElementChild) return [];
  const voters = yield* collectVoterSteps(doc, relaxed);
  // Paragraph votes per candidate, in first-seen order (the order ties are broken in).
  const votes = new Map<Element, number>();
  // Votes of paragraphs directly inside a candidate (level 0), for the parent climb.
  const own = new Map<Element, number>();
  let voted = 0;
  for (const { text, votesFor } of voters) {
    const vote = paragraphVote(text);
    own.set(votesFor, (own.get(votesFor) ?? 0) + vote);
    let ancestor: Element | null = votesFor;
    for (let level = 0; ancestor && level < 3; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      votes.set(ancestor, (votes.get(ancestor) ?? 0) + vote / divider);
      ancestor = ancestor.parentElement;
    }
    if (++voted % PARAGRAPHS_PER_STEP === 0) yield;
  }
  const candidates = new Map<Element, Candidate>();
  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [el, sum] of votes) {
    const share = 1 - linkDensity(el);
    const candidate = {
      score: (classWeight(el) + sum) * share,
      votes: sum * share,
      own: (own.get(el) ?? 0) * share,
    };
    candidates.set(el, candidate);
    if (candidate.score > topScore) {
      top = el;
      topScore = candidate.score;
    }
    yield;
  }
  if (!top) return [];
  return withSiblings(
    mergeStrongCandidates(climbToStoryParent(top, candidates), candidates),
    candidates,
  );
}
