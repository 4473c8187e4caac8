/**
 * Readability's parent climb, narrowed: a box inside the story (a press release folded under "show
 * full text", a fact box) can outvote the story's own container, and the story's paragraphs beside
 * the box then go unread.
 */
import type { Candidate } from './merge';

/**
 * The climb stops at a parent scoring under this share of the winner: a layout column above the
 * story's box (sidebars, teasers of other stories) scores far lower than the story's container.
 */
const CLIMB_SHARE = 0.5;
/**
 * The parent must hold a real paragraph of its own (one long sentence with a few commas votes
 * about this much): a parent that only adds a headline, byline and caption to the box is the
 * page's article frame, not more of the story.
 */
const MIN_OWN_VOTES = 5;

/** Readability's start score by tag, which the climb compares with. */
function tagScore(el: Element): number {
  switch (el.localName) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    default:
      return 0;
  }
}

/**
 * Walking up from the winner while the ancestors keep a third of its score (Readability), the
 * first ancestor that scores above the one before it is the story's container, if it scores at
 * least half the winner's and has paragraphs of its own; otherwise the winner stays.
 */
export function climbToStoryParent(top: Element, candidates: Map<Element, Candidate>): Element {
  const start = candidates.get(top);
  if (!start) return top;
  const first = start.score + tagScore(top);
  const floor = first / 3;
  let last = first;
  for (let el = top.parentElement; el && el.localName !== 'body'; el = el.parentElement) {
    const candidate = candidates.get(el);
    if (!candidate) continue;
    const score = candidate.score + tagScore(el);
    if (score < floor) break;
    if (score > last) {
      const story = score >= first * CLIMB_SHARE && candidate.own >= MIN_OWN_VOTES;
      return story ? el : top;
    }
    last = score;
  }
  return top;
}
