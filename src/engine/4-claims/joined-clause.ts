/**
 * Stage 6a: a clause-taking verb whose claim never comes, because a joiner opens the next clause
 * right after it ("The suspect confessed and the jury took ...", "less than the figure he cited,
 * but it is close"). What follows the joiner is the author's, not the speaker's.
 */
import type { Range } from './clause';
import type { Clause } from './content';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

const CLAUSE_JOINERS = lazySet(() => ['and', 'but', 'or', 'nor']);

/** Are the tokens in `[from, to)` all marks (a comma), none of them quoted? */
function marksOnly(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1)
    if (block.quoted[k] === true || block.tokens[k]?.isWord !== false) return false;
  return true;
}

/**
 * Does the claim range `r` after `clause` open with a joiner, with nothing but a comma between?
 * An "as" aside ("..., as one CEO told me, and easing ...") interrupts a claim that goes on.
 */
export function joinsNextClause(block: BlockModel, clause: Clause, r: Range): boolean {
  const first = block.tokens[r.from];
  if (first === undefined || block.quoted[r.from] === true) return false;
  if (!marksOnly(block, clause.range.to, r.from)) return false;
  // Not after "that" or "according to X,": there a gerund opens the claim ("wearing it helps").
  const verbEnds =
    clause.cue.form === 'verb' && block.tokens[clause.range.to - 1]?.lower !== 'that';
  if (verbEnds && r.from > clause.range.to && describesSpeaker(block, r.from)) return true;
  if (!CLAUSE_JOINERS.has(first.lower)) return false;
  const from = clause.range.from;
  return ![from, from - 1].some((k) => block.tokens[k]?.lower === 'as' && block.quoted[k] !== true);
}

/** Possessives that open an absolute phrase about the speaker ("her voice trailing off"). */
const POSSESSIVES = lazySet(() => ['his', 'her', 'their', 'its']);

/**
 * "The crowd applauded, appearing relieved", "she said, her voice trailing off": after the verb's
 * comma, a participle or an absolute phrase tells how the speaker acted, not what was said.
 */
function describesSpeaker(block: BlockModel, i: number): boolean {
  const participle = (k: number) =>
    block.tags[k] === 'verb' &&
    block.quoted[k] !== true &&
    /ing$/u.test(block.tokens[k]?.lower ?? '');
  if (participle(i)) return true;
  if (!POSSESSIVES.has(block.tokens[i]?.lower ?? '')) return false;
  return block.tags[i + 1] === 'noun' && participle(i + 2);
}
