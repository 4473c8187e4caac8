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
/** Words that open a relative clause on the aside's noun: "a move that will cost jobs". */
const RELATIVES = lazySet(() => ['that', 'which']);
/** Modifiers the head noun may carry before it: "a somewhat embarrassing admission". */
const MAX_MODIFIERS = 3;
/** Words of claim needed before the comma, so the aside follows a complete claim. */
const MIN_CLAIM = 4;

/** Cut the claim in `r` before a closing comment aside (unchanged when there is none). */
export function cutCommentAside(block: BlockModel, r: Range): Range {
  for (let i = r.from + 1; i < r.to - 1; i += 1) {
    if (block.tokens[i]?.text !== ',' || block.quoted[i] === true) continue;
    if (wordCount(block, { from: r.from, to: i }) < MIN_CLAIM) continue;
    const head = asideAt(block, i + 1, r.to);
    // "asked the king to pardon him, a move that ...": a relative clause on the comment noun
    // shows the aside even where the claim's own verb is tagged as a noun ("to pardon").
    const relative = RELATIVES.has(block.tokens[head + 1]?.lower ?? '');
    if (head > 0 && (relative || hasVerb(block, r.from, i))) return { from: r.from, to: i };
  }
  return r;
}

/** Where the head noun of a comment aside ("[in] a rare admission") opening at `k` is, or -1. */
function asideAt(block: BlockModel, k: number, to: number): number {
  let m = block.tokens[k]?.lower === 'in' ? k + 1 : k;
  if (!ARTICLES.has(block.tokens[m]?.lower ?? '') || block.quoted[m] === true) return -1;
  for (m += 1; m < Math.min(to, k + 3 + MAX_MODIFIERS); m += 1) {
    const t = block.tokens[m];
    if (t === undefined || !t.isWord || block.quoted[m] === true) return -1;
    if (COMMENT_NOUNS.has(t.lower)) return block.tags[m] === 'noun' ? m : -1;
  }
  return -1;
}
