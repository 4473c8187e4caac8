/**
 * Stage 6, a cue verb after "and"/"but" with no subject of its own ("said X and added Y"): the
 * speaker's second reporting act, or a coordinated predicate inside the first claim ("said the
 * case had sowed distrust and called into question X")? Only a second act bounds the first claim.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { CueHit } from '../3-cues/cue-hit';
import { isPastWord } from '../lexicon/pos';
import { lazySet } from '../lexicon/lazy';
import { extendClause } from './extent';
import type { Clause } from './content';

/** Auxiliaries whose tense is the verb group's: "and are considering" is present. */
const PRESENT_AUX = lazySet(() => ['is', 'are', 'has', 'have', 'does', 'do', 'am']);
const PAST_AUX = lazySet(() => ['was', 'were', 'had', 'did']);
/** Marks that open a claim after a clause-only verb and its adjuncts ("added in a statement: ..."). */
const CLAUSE_OPENERS = lazySet(() => [':', '"', '\u201c', '\u2014']);

/** A cue's tense: 1 present ("says", "are urging"), -1 past ("said", "was told"), 0 unsure. */
export function tenseOf(block: BlockModel, cue: CueHit): number {
  const verb = block.tokens[cue.from]?.lower ?? '';
  if (cue.form !== 'verb' || cue.to - cue.from > 1) return 0;
  // "and are considering": the auxiliary carries the tense a participle lacks.
  const aux = block.tokens[cue.from - 1]?.lower ?? '';
  if (verb.endsWith('ing') && PRESENT_AUX.has(aux)) return 1;
  if (verb.endsWith('ing') && PAST_AUX.has(aux)) return -1;
  if (isPastWord(verb)) return -1;
  return verb === cue.info.lemma || verb.endsWith('s') ? 1 : 0;
}

/**
 * Does a clause-only verb ("added", "called", "continue") take a claim here? Not when a
 * preposition or "to" follows it (and its audience) with no "that", quote or colon before the next
 * comma: "called into question X", "will continue to play" are predicates, while "added in a
 * statement that ..." still reports.
 */
function takesClaim(block: BlockModel, cue: CueHit, sentence: Sentence): boolean {
  if (cue.info.complement === 'any') return true;
  const at = extendClause(block, cue, sentence.to);
  if (at >= sentence.to || block.quoted[at] === true) return true;
  if (block.tags[at] !== 'prep' && block.tokens[at]?.lower !== 'to') return true;
  for (let k = at + 1; k < sentence.to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || t.text === ',') break;
    if (block.quoted[k] === true || CLAUSE_OPENERS.has(t.text) || t.lower === 'that') return true;
  }
  return false;
}

/**
 * The clause of a cue verb joined by "and"/"but" at `joint` to the claim of `previous`: the same
 * speaker's next act, or null when the verb is a predicate inside that claim.
 */
export function coordinateClause(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
  previous: Clause,
  joint: number,
): Clause | null {
  // "says officers boarded the train and found a man": a verb in another tense than the
  // speaker's is an act inside the claim, not the speaker's next statement.
  if (tenseOf(block, previous.cue) * tenseOf(block, cue) < 0) return null;
  if (!takesClaim(block, cue, sentence)) return null;
  return {
    cue,
    speaker: previous.speaker,
    range: { from: joint, to: extendClause(block, cue, sentence.to) },
    side: 'after',
    coordinate: true,
  };
}
