/**
 * Noun cues owned by a possessor: "his warning that ...", "the ministry's denial of the report",
 * "Netanyahu's election-eve disavowal": the possessor is the speaker, the clause or object the claim.
 */
import type { CueHit } from './cue-hit';
import { NOUN_CUES } from '../lexicon/phrases';
import { CLOSED_CLASS } from '../lexicon/pos';
import { POSSESSIVE_PRONOUNS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** The noun cue at token `i`, when a possessor owns it and a clause, colon or object follows. */
export function nounCue(block: BlockModel, i: number): CueHit | null {
  const t = block.tokens[i];
  const entry = t === undefined ? undefined : NOUN_CUES.get(t.lower);
  if (entry === undefined) return null;
  // "Netanyahu's election-eve disavowal", "Schiff's own doubling-down admission": a few
  // open-class modifiers may sit between possessor and noun.
  let from = i;
  while (from > i - MAX_NOUN_MODIFIERS && !isOwner(block, from - 1) && isModifier(block, from - 1))
    from -= 1;
  if (!isOwner(block, from - 1)) return null;
  // "Among its key findings: ...", "his warning: '...'": a colon opens the claim.
  if (block.tokens[i + 1]?.text === ':' && block.quoted[i + 1] !== true)
    return { from, to: i + 1, info: { ...entry, complement: 'any' }, form: 'noun' };
  // "his claim in the same interview that", "Google's position on search is that".
  for (let k = i + 1; k < Math.min(i + MAX_THAT_GAP + 2, block.tokens.length); k += 1) {
    const w = block.tokens[k];
    if (w?.lower === 'that') {
      return { from, to: i + 1, info: { ...entry, complement: 'clause' }, form: 'noun', thatAt: k };
    }
    if (w === undefined || !w.isWord) break;
    // "his proposal raised speculation that": past a verb of its own the noun is a subject.
    const tag = block.tags[k];
    // A gerund after a preposition ("his position on parking is that") is part of the phrase.
    const gerund = w.lower.endsWith('ing') && block.tags[k - 1] === 'prep';
    if ((tag === 'verb' || tag === 'aux') && !LINKING.has(w.lower) && !gerund) break;
  }
  // "his denial of the report", "the ministry's warning about the rhetoric": an object claim.
  const prep = block.tokens[i + 1]?.lower ?? '';
  if (NOUN_OBJECT_PREPS.has(prep) && NOUN_OBJECT_LEMMAS.has(entry.lemma))
    return { from, to: i + 2, info: { ...entry, complement: 'any' }, form: 'noun', object: true };
  return null;
}

const MAX_NOUN_MODIFIERS = 3;
/** Words that may stand between a noun cue and its "that": a short phrase and a copula. */
const MAX_THAT_GAP = 5;

/** A lower-case open-class word ("own", "tough", "election-eve"), not "and" or "the". */
function isModifier(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  return (
    t !== undefined && t.isWord && !t.cap && block.quoted[k] !== true && !CLOSED_CLASS.has(t.lower)
  );
}

function isOwner(block: BlockModel, k: number): boolean {
  const prev = block.tokens[k];
  if (prev === undefined) return false;
  return (
    POSSESSIVE_PRONOUNS.has(prev.lower) ||
    prev.lower.endsWith("'s") ||
    prev.lower.endsWith('’s') ||
    pluralPossessive(block, k)
  );
}

/**
 * "the farmers' warning", "Democrats’ criticism": an apostrophe glued to a word in -s, with a
 * space after it, is a plural possessive, not a closing quotation mark.
 */
function pluralPossessive(block: BlockModel, k: number): boolean {
  const mark = block.tokens[k];
  const word = block.tokens[k - 1];
  const next = block.tokens[k + 1];
  if (mark === undefined || word === undefined || next === undefined) return false;
  if (mark.text !== "'" && mark.text !== '’') return false;
  return (
    word.isWord && word.lower.endsWith('s') && word.end === mark.start && next.start > mark.end
  );
}

/**
 * The last token of the phrase that owns a noun cue starting at `from`: the word before it, or
 * the word before a plural possessive's apostrophe ("the farmers' warning").
 */
export function ownerEnd(block: BlockModel, from: number): number {
  return pluralPossessive(block, from - 1) ? from - 2 : from - 1;
}

/** Verbs that link a noun cue to its "that" ("his view is that", "her message seemed to be"). */
// prettier-ignore
const LINKING = lazySet(() => [
  'is', 'was', 'are', 'were', 'be', 'been', "'s", 'seems', 'seemed', 'appears', 'appeared',
  'remains', 'remained', 'has', 'have', 'had', 'would', 'will', 'may', 'might', 'could',
  'should', 'must',
]);

const NOUN_OBJECT_PREPS = lazySet(() => ['of', 'about', 'against']);
// prettier-ignore
const NOUN_OBJECT_LEMMAS = lazySet(() => [
  'deny', 'disavow', 'reject', 'warn', 'condemn', 'criticize', 'endorse', 'praise', 'claim',
]);
