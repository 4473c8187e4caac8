/**
 * Stage 6 guard: "the story the White House is telling doesn't hold up", "the letter Mike wrote
 * was kind": a verb that takes a thing told or written as its object, with that object moved out
 * in front of the speaker, leaves no claim after it — the finite verb that follows is the main
 * clause's, whose subject is the story or the letter. (Verbs of saying and thinking take a
 * clause instead: "the plan he says will save money" is a claim; see gap-claim.ts.)
 */
import type { Range } from './clause';
import type { Clause } from './content';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Lemmas whose gap is their object: what was told, written, read or described. */
const OBJECT_GAP_LEMMAS = lazySet(() => ['tell', 'write', 'read', 'describe']);

/**
 * Does the claim at `r` open, right after the verb of `clause`, with a finite verb or auxiliary,
 * the speaker phrase right after a noun (the moved object)?
 */
export function objectGapAfter(block: BlockModel, clause: Clause, r: Range): boolean {
  if (!OBJECT_GAP_LEMMAS.has(clause.cue.info.lemma) || r.from !== clause.range.to) return false;
  if (block.tokens[clause.range.to - 1]?.lower === 'that' || block.quoted[r.from] === true)
    return false;
  // The moved object is a noun right before the speaker ("the story | the White House is
  // telling"); a speaker opening the sentence has nothing moved out in front of it.
  if (clause.speaker.kind !== 'phrase') return false;
  const antecedent = clause.speaker.np.from - 1;
  const head = block.tags[antecedent];
  if (block.quoted[antecedent] === true || (head !== 'noun' && head !== 'name')) return false;
  const tag = block.tags[r.from];
  const word = block.tokens[r.from]?.lower ?? '';
  return tag === 'aux' || (tag === 'verb' && !word.endsWith('ing'));
}
