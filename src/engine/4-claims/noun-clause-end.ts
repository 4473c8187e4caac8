/**
 * Stage 4: where the claim of a noun cue that heads its sentence's subject ends. In "Russia's
 * announcement that it will help Iran is raising questions", the that-clause is part of the
 * subject and the sentence's own predicate ("is raising questions") follows it: that predicate is
 * the author's comment on the claim, no part of it.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { IRREGULAR_PASTS } from '../lexicon/pos';

/** Finite auxiliaries and modals that can open a sentence's predicate. */
// prettier-ignore
const FINITE_AUX = lazySet(() => [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'does', 'did',
]);

/** Tags that end the noun phrase a predicate's verb follows. */
const HEAD_TAGS = lazySet(() => ['noun', 'name', 'num', 'adj']);

/** Pronouns that end an object, not open a subject ("that the rules will ruin them is ..."). */
const OBJECT_PRONOUNS = lazySet(() => ['them', 'him', 'us', 'me']);

/** Tags that open another clause inside the claim: past one, a second verb may be that clause's. */
const CLAUSE_OPENERS = lazySet(() => ['conj', 'sub', 'rel']);

/** Is there a verb or auxiliary before the cue, so that the cue's phrase is no sentence subject? */
function verbBefore(block: BlockModel, from: number, cueFrom: number): boolean {
  for (let k = from; k < cueFrom; k += 1) {
    const tag = block.tags[k];
    if (tag === 'verb' || tag === 'aux') return true;
  }
  return false;
}

/** Could the word at `k` be the finite verb of a predicate ("is", "raised", "calls")? */
function finiteAt(block: BlockModel, k: number): boolean {
  const w = block.tokens[k]?.lower ?? '';
  if (block.tags[k] === 'aux') return FINITE_AUX.has(w);
  if (block.tags[k] !== 'verb') return false;
  return /(?:ed|[^s]s)$/u.test(w) || IRREGULAR_PASTS.has(w);
}

/**
 * The end of the claim that opens at `from` (right after "that") of a noun cue at `cueFrom`, in a
 * sentence `[sentenceFrom, ceiling)`: the first finite verb after the claim's own verb that
 * follows a noun, when the cue's phrase is the subject; else `ceiling`. Any comma or new clause
 * on the way leaves the claim's end to the later stages.
 */
export function nounClauseEnd(
  block: BlockModel,
  span: { sentenceFrom: number; cueFrom: number; from: number; ceiling: number },
): number {
  const { from, ceiling } = span;
  if (verbBefore(block, span.sentenceFrom, span.cueFrom)) return ceiling;
  let verbSeen = false;
  for (let k = from; k < ceiling; k += 1) {
    const t = block.tokens[k];
    if (t === undefined) break;
    if (block.quoted[k] === true) continue;
    const tag = block.tags[k] ?? 'punct';
    if (tag === 'punct') {
      if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '(') return ceiling;
      continue;
    }
    if (CLAUSE_OPENERS.has(tag)) return ceiling;
    if (tag !== 'verb' && tag !== 'aux') continue;
    const afterHead =
      HEAD_TAGS.has(block.tags[k - 1] ?? '') ||
      OBJECT_PRONOUNS.has(block.tokens[k - 1]?.lower ?? '') ||
      block.quoted[k - 1] === true;
    if (verbSeen && afterHead && finiteAt(block, k)) return k;
    verbSeen = true;
  }
  return ceiling;
}
