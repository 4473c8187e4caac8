/**
 * "After saying the plan was dead, the mayor left", "..., and while insisting prices would fall,
 * the firm raised them": a participle cue right after a subordinator that opens the sentence (or a
 * clause joined by "and", "but" or a comma) heads a fronted adverbial clause. Its claim ends at the
 * comma that closes that clause, and the subject after the comma speaks, as with a bare fronted
 * participle ("Noting that the plan was dead, Smith resigned").
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';

/** Subordinators that take an -ing clause of the main subject ("after saying", "while noting"). */
// prettier-ignore
const SUBORDINATORS = lazySet(() => [
  'after', 'before', 'while', 'when', 'since', 'despite', 'without', 'upon', 'whilst',
]);
/** What may stand before the subordinator: the start of a clause of its own. */
const CLAUSE_JOINS = lazySet(() => ['and', 'but', ',', ';']);

/** Is the participle at `i` fronted behind a clause-opening subordinator? */
export function frontedAfterSubordinator(
  block: BlockModel,
  i: number,
  sentence: Sentence,
): boolean {
  const sub = i - 1;
  if (sub < sentence.from || block.quoted[sub] === true) return false;
  if (!SUBORDINATORS.has(block.tokens[sub]?.lower ?? '')) return false;
  if (sub === sentence.from) return true;
  return block.quoted[sub - 1] !== true && CLAUSE_JOINS.has(block.tokens[sub - 1]?.lower ?? '');
}
