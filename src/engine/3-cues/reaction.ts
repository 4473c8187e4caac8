/**
 * Stage 4: "The scientists were surprised to find that X": a finding reported through the finders'
 * reaction. The infinitive "to find" is otherwise no cue (an infinitive has no subject of its own);
 * after a reaction adjective of "be" it shares the subject of "be", who found X.
 */
import type { BlockModel } from '../1-text/model';
import { REACTION_ADJECTIVES, REACTION_FINDINGS } from '../lexicon/reactions';
import { lazySet } from '../lexicon/lazy';

/** Forms of "be" a reaction adjective follows. */
const BE_FORMS = lazySet(() => ['was', 'were', 'is', 'are', 'be', 'been', 'am']);

/**
 * The index of the reaction adjective before "to" at `to` when the verb after it (lemma `lemma`)
 * is a finding verb ("were surprised to find"), else -1. An adverb may grade the adjective
 * ("were pleasantly surprised to find").
 */
export function reactionAt(block: BlockModel, to: number, lemma: string): number {
  if (!REACTION_FINDINGS.has(lemma) || block.tokens[to]?.lower !== 'to') return -1;
  const adj = to - 1;
  if (block.quoted[adj] === true || !REACTION_ADJECTIVES.has(block.tokens[adj]?.lower ?? ''))
    return -1;
  let k = adj - 1;
  if (block.tags[k] === 'adv') k -= 1;
  return BE_FORMS.has(block.tokens[k]?.lower ?? '') ? adj : -1;
}
