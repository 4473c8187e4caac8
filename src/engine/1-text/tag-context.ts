/**
 * Context rules of the tagger that settle a word by where it stands, when the word alone (its
 * suffix, the lists) misleads: a subject's head read as an adjective by its suffix, a quantifier
 * standing alone as the subject, an unknown verb after infinitival "to" read as a noun.
 */
import {
  ABSTRACT_NOUN_SUFFIXES,
  CLOSED_CLASS,
  INFINITIVE_TAKERS,
  IRREGULAR_PASTS,
  type Tag,
} from '../lexicon/pos';
import { lazySet } from '../lexicon/lazy';
import { isDocumentWord } from '../lexicon/sources';
import type { Token } from './tokenize';
import { endsWithText } from './word-end';

/**
 * "a police official said", "the president rejected", "his chest showed": a word read as an
 * adjective by its suffix ("-al", "-ent", "-ary", "-est") right before a past form is the head
 * noun of the subject, and the past form its verb; an adjective does not stand before a finite
 * past. Only an open-class adjective (read by suffix) yields.
 */
export function headBeforePast(tokens: readonly Token[], tags: readonly Tag[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t === undefined || prev === undefined || tags[i] !== 'verb' || tags[i - 1] !== 'adj')
    return false;
  if (prev.cap || CLOSED_CLASS.get(prev.lower) !== undefined) return false;
  if (IRREGULAR_PASTS.has(t.lower)) return true;
  // "-ed" is also a participle modifying a noun ("a dangerous armed group"): only without one after.
  const next = tags[i + 1];
  return t.lower.endsWith('ed') && next !== 'noun' && next !== 'adj';
}

/** Determiners that also stand alone as a subject ("Some said", "Many believe"). */
const QUANTIFIERS = lazySet(() => ['some', 'many', 'most', 'several', 'both', 'few', 'all']);

/** Tags that a verb form may modify or head as a noun ("some reported cases", "many votes"). */
const NOMINAL_NEXT = lazySet<Tag>(() => ['noun', 'adj', 'name', 'num']);

/**
 * "Some said they were tired", "Many believe that": a quantifier standing alone is the subject,
 * and the verb form after it is its verb, unless a noun follows that the form may modify or the
 * form is a plural noun itself.
 */
export function quantifierSubject(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || !QUANTIFIERS.has(prev.lower)) return false;
  // A plural quantifier's verb never ends in "-s": "several reports showing" is a noun.
  if (tokens[i]?.lower.endsWith('s') !== false) return false;
  return tokens[i + 1] !== undefined && !NOMINAL_NEXT.has(tags[i + 1] ?? 'punct');
}

/** Singular articles: a noun after one is a singular subject, which takes no bare verb form. */
const SINGULAR_ARTICLES = lazySet(() => ['a', 'an']);

/**
 * "a microblog post from the office said", "an agency report said": after "a" and a noun, a bare
 * form that is also a document noun is the compound's head — a singular subject would need "-s".
 */
export function documentHeadAfterArticle(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
): boolean {
  const t = tokens[i];
  // The look-up in the document nouns last: this runs for every token.
  if (t === undefined || tags[i] !== 'verb') return false;
  if (endsWithText(t.lower, 's') || endsWithText(t.lower, 'ed')) return false;
  if (tags[i - 1] !== 'noun' || !SINGULAR_ARTICLES.has(tokens[i - 2]?.lower ?? '')) return false;
  return isDocumentWord(t.lower);
}

/**
 * Does `w` end with one of `suffixes`? A loop, not `some` with a closure over the token: that
 * closure made every call (one per token) allocate a context.
 */
function endsWithAny(w: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) if (endsWithText(w, s)) return true;
  return false;
}

/** Object pronouns for people, who are asked or told to act ("asked him to resign"). */
const PERSON_OBJECTS = lazySet(() => ['him', 'them', 'us', 'me']);

/** Words after a bare form that make it a verb with its object ("to pardon his allies"). */
const OBJECT_OPENERS = lazySet(() => ['the', 'a', 'an', 'him', 'them', 'us', 'her', 'it', 'me']);

/**
 * "plans to expand", "declined to pardon his allies", "a bid to attract": an unknown lower-case word
 * after "to" is a verb when a word taking an infinitive stands before "to", or when an object
 * follows it. A plural ("to reporters"), an abstract noun ("to arbitration") or a name ("to
 * Paris") stays what it was: "to" is then a preposition.
 */
export function infinitiveAfterTo(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
): boolean {
  const t = tokens[i];
  // Only the tags an unknown word has by its suffix alone ('noun', 'adj'), which "to" may
  // overrule. This runs for every token: the cheap tests (the tag, then "to") go first.
  const tag = tags[i];
  if (t === undefined || t.cap || (tag !== 'noun' && tag !== 'adj')) return false;
  if (tokens[i - 1]?.lower !== 'to') return false;
  if (CLOSED_CLASS.get(t.lower) !== undefined || /[^s]s$/.test(t.lower)) return false;
  if (endsWithAny(t.lower, ABSTRACT_NOUN_SUFFIXES())) return false;
  if (INFINITIVE_TAKERS.has(tokens[i - 2]?.lower ?? '')) return true;
  const next = tokens[i + 1];
  if (next === undefined || !next.isWord) return false;
  // "urged them to resume talks": a person as object before "to" is told to do something.
  if (PERSON_OBJECTS.has(tokens[i - 2]?.lower ?? '')) return true;
  return OBJECT_OPENERS.has(next.lower) || tags[i + 1] === 'poss';
}
