/**
 * Tagger context rules for the words right after a finite verb, where the word alone reads as a
 * verb: "reported details of the tour" (a plural "-s" object, not a second finite verb) and "found
 * a nearly tripled risk" (a participle between an article's adverb and its noun, a modifier).
 * Finding claims with a noun-phrase object (`4-claims/evidence.ts`) read the object by its tags,
 * so a mis-tagged head hides the claim.
 */
import { isPastWord, VERB_ONLY_S_FORMS, type Tag } from '../lexicon/pos';
import { lazySet } from '../lexicon/lazy';
import type { Token } from './tokenize';

/** Tags that may follow a plural object noun: its post-modifier, a list or the clause's end. */
const AFTER_OBJECT = lazySet<Tag>(() => ['prep', 'punct', 'conj']);

/** Is `t` a past form: regular "-ed" or an irregular past ("found", "said")? */
function isPastForm(t: Token | undefined): boolean {
  return t !== undefined && isPastWord(t.lower);
}

/** Is token `i` an "-ed" form the tagger read as a verb (the candidate modifier of both rules)? */
function edVerb(tokens: readonly Token[], tags: readonly Tag[], i: number): boolean {
  return tags[i] === 'verb' && (tokens[i]?.lower.endsWith('ed') ?? false);
}

/**
 * "Rolling Stone reported details of the tour", "The probe found traces, ...": a plural "-s" form
 * right after a past verb is its object noun — two finite verbs do not follow each other — when a
 * preposition, a mark or a conjunction comes next (not "the man injured says he ...").
 */
export function pluralObjectAfterPast(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
): boolean {
  const t = tokens[i];
  if (t === undefined || tags[i] !== 'verb' || tags[i - 1] !== 'verb') return false;
  if (!/[^s'’]s$/.test(t.lower) || VERB_ONLY_S_FORMS.has(t.lower)) return false;
  return isPastForm(tokens[i - 1]) && AFTER_OBJECT.has(tags[i + 1] ?? 'punct');
}

/** Articles and possessors that open a noun phrase whose modifiers may include an adverb. */
const PHRASE_OPENERS = lazySet<Tag>(() => ['det', 'poss']);

/**
 * "a nearly tripled risk", "the recently released report": an "-ed" form after an article and an
 * adverb, before a noun or a verb form (the noun it modifies, read as a verb), is a modifier.
 */
export function participleAfterAdverb(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
): boolean {
  if (!edVerb(tokens, tags, i)) return false;
  if (tags[i - 1] !== 'adv' || !PHRASE_OPENERS.has(tags[i - 2] ?? 'punct')) return false;
  const next = tags[i + 1];
  return next === 'noun' || next === 'verb';
}

/**
 * "reported adjusted earnings", "found elevated levels of lead", "showed increased activity": an
 * "-ed" form right after a past verb and before a noun modifies that noun, the verb's object — two
 * finite verbs do not follow each other.
 */
export function participleAfterPast(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
): boolean {
  if (!edVerb(tokens, tags, i)) return false;
  return tags[i - 1] === 'verb' && isPastForm(tokens[i - 1]) && tags[i + 1] === 'noun';
}
