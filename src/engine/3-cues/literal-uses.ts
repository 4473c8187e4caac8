/**
 * Uses of a reporting verb that report nothing: a naming participle ("a group, called Energy
 * Control,"), a physical sense ("blasted out particles"), a hypothetical speaker ("some might say").
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import type { VerbInfo } from '../lexicon/verbs';

/** Participles that give a name ("called", "named", "dubbed"). */
const NAMING = lazySet(() => ['called', 'named', 'dubbed']);

/** Particles and prepositions of motion: "blast" with them moves matter, it does not criticise. */
// prettier-ignore
const MOTION = lazySet(() => [
  'out', 'apart', 'off', 'away', 'into', 'through', 'across', 'up', 'down', 'open',
]);

/** Verbs whose literal sense is force, not speech ("blast", "slam the door shut"). */
const FORCE_LEMMAS = lazySet(() => ['blast']);

/** Modals that make a speaker hypothetical ("some might say", "critics might argue"). */
const HYPOTHETICAL = lazySet(() => ['might']);

/** A capitalised word or "the" + a capitalised word at `k`: the start of a name. */
function nameAt(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  if (t === undefined || block.quoted[k] === true) return false;
  if (t.cap) return true;
  return t.lower === 'the' && block.tokens[k + 1]?.cap === true;
}

/**
 * "The group, called Energy Control, ...", "Called the Isis Temple, it ...", "He called it
 * PageRank": the verb gives something a name; no one claims anything.
 */
function namingUse(block: BlockModel, i: number, sentence: Sentence): boolean {
  const t = block.tokens[i];
  if (t === undefined || !NAMING.has(t.lower)) return false;
  // A sentence-initial participle names the subject that follows it.
  if (i === sentence.from) return nameAt(block, i + 1);
  const prev = block.tokens[i - 1];
  const before = block.tokens[i - 2];
  // ", called X": an appositive naming the common noun before the comma.
  if (prev?.text === ',' && before?.isWord === true && !before.cap && nameAt(block, i + 1))
    return true;
  // "called it PageRank": an unquoted name after the pronoun object.
  return (
    block.tokens[i + 1]?.lower === 'it' &&
    block.tokens[i + 2]?.cap === true &&
    block.quoted[i + 2] !== true
  );
}

/** "blast out particles", "blasted apart her body", "blasted it across the cosmos". */
function forceUse(block: BlockModel, i: number, info: VerbInfo): boolean {
  if (!FORCE_LEMMAS.has(info.lemma)) return false;
  return (
    MOTION.has(block.tokens[i + 1]?.lower ?? '') || MOTION.has(block.tokens[i + 2]?.lower ?? '')
  );
}

/** True when the verb at `i` is a reporting verb used in a sense that attributes no claim. */
export function literalUse(
  block: BlockModel,
  i: number,
  info: VerbInfo,
  sentence: Sentence,
): boolean {
  if (namingUse(block, i, sentence) || forceUse(block, i, info)) return true;
  // "Some might say ...": a hypothetical speaker, not one who said it.
  return i > sentence.from && HYPOTHETICAL.has(block.tokens[i - 1]?.lower ?? '');
}
