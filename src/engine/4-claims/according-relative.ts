/**
 * "According to Ann Lee, who runs the depot, the buses are late": a relative clause set off by
 * commas right after the source of "according to" describes the source, so it is neither the
 * claim nor its opening words; the claim starts after the comma that closes it.
 */
import type { BlockModel } from '../1-text/model';
import { opensTaggedClause } from '../5-speakers/phrase-end';
import { lazySet } from '../lexicon/lazy';

/** Relative words that open a description of a source ("who runs", "which polled"). */
const SOURCE_RELATIVES = lazySet(() => ['who', 'which', 'whose']);
/** The longest relative clause (in tokens) taken for a description of the source. */
const MAX_RELATIVE = 30;

/**
 * The end (exclusive, past its closing comma) of a relative clause opening at `to` (at the comma
 * after the source, or right at the relative word), when a clause or the interrupted claim's
 * predicate follows it, or the sentence's end when it runs there; else `to`.
 */
export function relativeAsideEnd(block: BlockModel, to: number, ceiling: number): number {
  // "the data which has been collected from ...": a restrictive relative needs no comma.
  const open = block.tokens[to]?.text === ',' ? to + 1 : to;
  if (block.quoted[open] === true || !SOURCE_RELATIVES.has(block.tokens[open]?.lower ?? ''))
    return to;
  for (let k = open + 1; k < Math.min(ceiling - 1, to + MAX_RELATIVE); k += 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return to;
    if (t.text === ';' || t.text === ':') return to;
    if (t.text !== ',') continue;
    return goesOn(block, k + 1, ceiling) ? k + 1 : to;
  }
  // "..., according to Ann Lee, who runs the depot.": a relative clause closing the sentence.
  return to + MAX_RELATIVE >= ceiling ? ceiling : to;
}

/** Does a claim go on at `k`: a clause of its own, or a predicate ("is", "will", "reflects")? */
function goesOn(block: BlockModel, k: number, ceiling: number): boolean {
  if (block.quoted[k] === true) return true;
  const tag = block.tags[k];
  return opensTaggedClause(block, k, ceiling) || tag === 'aux' || tag === 'verb';
}
