/**
 * Stage 6g: where the source of "according to" ends. Documents and data are often named with a
 * post-modifier — "according to data released by the ministry in August", "according to a paper
 * published in Nature on Monday", "according to evidence presented at trial", "according to the
 * Centre for Disease Control (CDC) in the US" — and the speaker scan stops at the participle, so
 * without this the rest of the source phrase is taken for the claim.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Irregular past participles that open a post-modifier ("a study done by", "data given to"). */
// prettier-ignore
const PARTICIPLES = lazySet(() => [
  'done', 'made', 'given', 'seen', 'shown', 'written', 'held', 'taken', 'sent', 'brought', 'led',
  'put', 'run', 'set', 'cited', 'quoted',
]);
/** Prepositions that continue a source phrase ("the CDC in the US", "a report from 2019"). */
const SOURCE_PREPS = lazySet(() => ['in', 'at', 'from', 'of', 'on', 'by', 'for', 'with']);
const MAX_MODIFIER = 14;
const STOPS = lazySet(() => [',', ';', ':', '\u2014']);

/** Does a post-modifier of the source open at token `k`? */
function opensModifier(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  if (t === undefined || block.quoted[k] === true) return false;
  if (t.text === '(') return true;
  if (block.tags[k] === 'prep') return SOURCE_PREPS.has(t.lower);
  const participle = t.lower.endsWith('ed') || PARTICIPLES.has(t.lower);
  return block.tags[k] === 'verb' && participle;
}

/**
 * The end (exclusive) of the source phrase of "according to" whose speaker scan stopped at `to`:
 * past a post-modifier that runs to a comma or the sentence end, else `to` itself.
 */
export function sourcePhraseEnd(block: BlockModel, to: number, ceiling: number): number {
  if (!opensModifier(block, to)) return to;
  for (let k = to + 1; k <= Math.min(ceiling, to + MAX_MODIFIER); k += 1) {
    if (k === ceiling) return k;
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return to;
    if (STOPS.has(t.text)) return k;
    // The sentence's own end mark closes a trailing source ("..., according to data released").
    if (t.text === '.' && k === ceiling - 1) return k;
  }
  return to;
}
