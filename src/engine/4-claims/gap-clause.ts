/**
 * Stage 6: a belief whose clause lost its subject to a relative ("mutations that the
 * investigators suspect might render the gene useless", "people who it thinks could benefit",
 * "what they thought were the same values"). The relative word stands before the believer, and the
 * believed clause starts right after the verb with its own verb or modal: that predicate is the
 * claim, about the noun the relative word stands for.
 */
import type { Range } from './clause';
import type { Clause } from './content';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Words that open a relative clause whose subject the belief's clause lacks. */
const GAP_RELATIVES = lazySet(() => ['that', 'which', 'who', 'whom', 'what']);
/** Verbs of belief whose clause may lose its subject this way. */
const GAP_BELIEFS = lazySet(() => ['think', 'believe', 'suspect', 'fear', 'expect', 'assume']);

/** Does the claim `r` of `clause` open with the predicate of a subject-gap belief? */
export function subjectGapFits(block: BlockModel, clause: Clause, r: Range): boolean {
  if (!GAP_BELIEFS.has(clause.cue.info.lemma) || clause.speaker.kind !== 'phrase') return false;
  if (!GAP_RELATIVES.has(block.tokens[clause.speaker.np.from - 1]?.lower ?? '')) return false;
  // "likely would have evolved": one adverb may come first.
  const k = block.tags[r.from] === 'adv' ? r.from + 1 : r.from;
  if (block.quoted[k] === true) return false;
  // The predicate's own verb: a modal or auxiliary ("might", "were"), or a finite verb.
  const tag = block.tags[k];
  const word = block.tokens[k]?.lower ?? '';
  return tag === 'aux' || (tag === 'verb' && /(?:s|ed)$/.test(word));
}
