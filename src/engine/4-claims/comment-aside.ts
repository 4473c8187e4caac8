/**
 * Stage 6a: the author's summing-up of a reported act, set off by a comma after the claim —
 * "..., a somewhat embarrassing admission", "..., in a tentative sign of recovery", "..., a move
 * that will cost 500 jobs". It judges the claim from outside, so the claim ends at that comma.
 * Told apart from the claim's own appositives ("Texas, a solid Republican state") by its head
 * noun, which names an act or a sign, not a thing.
 */
import { hasVerb, wordCount, type Range } from './clause';
import type { BlockModel } from '../1-text/model';
import { COMMENT_NOUNS } from '../lexicon/claims';
import { lazySet } from '../lexicon/lazy';

const ARTICLES = lazySet(() => ['a', 'an']);
/** Modifiers the head noun may carry before it: "a somewhat embarrassing admission". */
const MAX_MODIFIERS = 3;
/** Words of claim needed before the comma, so the aside follows a complete claim. */
const MIN_CLAIM = 4;

/** Cut the claim in `r` before a closing comment aside (unchanged when there is none). */
export function cutCommentAside(block: BlockModel, r: Range): Range {
  for (let i = r.from + 1; i < r.to - 1; i += 1) {
    if (block.tokens[i]?.text !== ',' || block.quoted[i] === true) continue;
    if (wordCount(block, { from: r.from, to: i }) < MIN_CLAIM || !hasVerb(block, r.from, i))
      continue;
    if (asideAt(block, i + 1, r.to)) return { from: r.from, to: i };
  }
  return r;
}

/** Does a comment aside ("[in] a rare admission") open at `k`? */
function asideAt(block: BlockModel, k: number, to: number): boolean {
  let m = block.tokens[k]?.lower === 'in' ? k + 1 : k;
  if (!ARTICLES.has(block.tokens[m]?.lower ?? '') || block.quoted[m] === true) return false;
  for (m += 1; m < Math.min(to, k + 3 + MAX_MODIFIERS); m += 1) {
    const t = block.tokens[m];
    if (t === undefined || !t.isWord || block.quoted[m] === true) return false;
    if (COMMENT_NOUNS.has(t.lower)) return block.tags[m] === 'noun';
  }
  return false;
}
