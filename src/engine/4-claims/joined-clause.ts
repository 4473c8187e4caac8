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
  if (!CLAUSE_JOINERS.has(first.lower) || !marksOnly(block, clause.range.to, r.from)) return false;
  const from = clause.range.from;
  return ![from, from - 1].some((k) => block.tokens[k]?.lower === 'as' && block.quoted[k] !== true);
}
