/**
 * Stage 5c: speaker phrases by structure. When the lexicon-driven scan (`phrase.ts`) finds no
 * speaker-like head, the tags still show a noun phrase before the verb — "Executives across the
 * world say", "A flurry of work in recent years shows", "Washington-based analysts who have done
 * the calculations say" — and any noun phrase that is the subject of a reporting verb is its
 * source. This is what lets the engine attribute to sources no list has heard of.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { QUANTITY_NOUNS } from '../lexicon/sources';
import { VERB_FORMS } from '../lexicon/verbs';
import { SUBJECT_PRONOUNS } from '../lexicon/words';
import type { NounPhrase } from './phrase';
import { closesWithVerb, closingQuoteAt, determinedAt } from './trailing-report';
import { closesFrontedSubordinate } from './fronted-subordinate';

/** Tags a noun phrase is built from, before its head. */
const MODIFIERS = lazySet<Tag>(() => ['noun', 'name', 'adj', 'num', 'det', 'poss']);
/** Tags that can head a noun phrase. */
export const HEADS = lazySet<Tag>(() => ['noun', 'name', 'num']);
/** Tags that open the second of two conjoined nouns ("police and medical sources"). */
const CONJOINED = lazySet<Tag>(() => ['noun', 'name', 'num', 'adj']);
/** Prepositions that attach a post-modifier to a noun ("work in recent years", "executives across"). */
export const ATTACHING = lazySet(() => [
  'of',
  'in',
  'at',
  'from',
  'across',
  'for',
  'with',
  'on',
  'around',
  'near',
  'within',
  'among',
  'into',
  'inside',
  'outside',
  'throughout',
  'behind',
  'under',
  'over',
]);
/** Heads that do not name a source: the author's "this shows", quantities, dummy subjects. */
const NOT_SOURCES = lazySet(() => [
  'this',
  'that',
  'these',
  'those',
  'there',
  'which',
  'what',
  'one',
  'it',
  'time',
  'way',
  'thing',
  'things',
  'lot',
  'fact',
  'part',
  'rest',
  'number',
  'kind',
  'sort',
  'type',
]);
/** Determiners that stand as the head of a group ("those in favor", "most of us"). */
// prettier-ignore
const QUANTIFIERS = lazySet(() => [
  'those', 'many', 'some', 'most', 'few', 'several', 'all', 'both', 'half', 'none',
]);
/** Most words of a noun phrase read by tags. */
export const MAX_PHRASE = 12;
/** Conjunctions (some tagged as prepositions) that open a finite clause of their own. */
// prettier-ignore
const CLAUSE_OPENERS = lazySet(() => [
  'after', 'before', 'until', 'since', 'because', 'when', 'while', 'although', 'though', 'once',
  'whereas',
]);

/** "Most of us", "many of them": an object pronoun after a quantifier and "of" names a group. */
export function partitivePronoun(block: BlockModel, end: number): boolean {
  const w = block.tokens[end]?.lower ?? '';
  return (
    (w === 'us' || w === 'them') &&
    block.tokens[end - 1]?.lower === 'of' &&
    QUANTIFIERS.has(block.tokens[end - 2]?.lower ?? '')
  );
}
const MAX_RELATIVE = 14;

/** The tag of token `i`, or 'punct' past the block's end. */
export const tagAt = (block: BlockModel, i: number): Tag => block.tags[i] ?? 'punct';

/** The noun phrase, by tags, whose head is token `end`; it never reaches left of `floor`. */
export function taggedPhraseLeft(block: BlockModel, end: number, floor: number): NounPhrase | null {
  const head = block.tokens[end];
  if (head === undefined || block.quoted[end] === true) return null;
  if (!HEADS.has(tagAt(block, end)) && !partitivePronoun(block, end)) return null;
  if (NOT_SOURCES.has(head.lower)) return null;
  let from = end;
  let start = end;
  while (from - 1 >= floor && end - from < MAX_PHRASE) {
    const k = from - 1;
    const tag = tagAt(block, k);
    if (block.quoted[k] === true) break;
    // "51 per cent": the preposition belongs to the unit.
    const perCent = block.tokens[k]?.lower === 'per' && block.tokens[k + 1]?.lower === 'cent';
    if (MODIFIERS.has(tag) || perCent) {
      from = k;
      if (tag !== 'det' && tag !== 'poss') start = k;
      else start = k;
      continue;
    }
    // "work in recent years": a post-modifier joins the phrase when a noun stands before it.
    const before = tagAt(block, k - 1);
    // "Those in favor of the ban", "Most of the residents": a quantifier heads the phrase.
    const quantifier = QUANTIFIERS.has(block.tokens[k - 1]?.lower ?? '');
    if (
      tag === 'prep' &&
      ATTACHING.has(block.tokens[k]?.lower ?? '') &&
      (HEADS.has(before) || quantifier)
    ) {
      from = k;
      continue;
    }
    // "Friends and relatives of the miners", "police and medical sources": two nouns joined by
    // "and" head one group, the second with or without its adjectives.
    const second = tagAt(block, k + 1);
    if (block.tokens[k]?.lower === 'and' && HEADS.has(before) && CONJOINED.has(second)) {
      from = k;
      continue;
    }
    break;
  }
  // The phrase opens on its first modifier or determiner, never on a preposition.
  while (start < end && tagAt(block, start) === 'prep') start += 1;
  return { from: start, to: end + 1, appositive: null };
}

/**
 * "Washington-based analysts who have done the calculations say": the subject sits before a
 * relative clause that ends at the verb. `j` is the last token before the verb (after auxiliaries).
 */
export function subjectBeforeRelativeClause(
  block: BlockModel,
  j: number,
  floor: number,
): NounPhrase | null {
  let sawVerb = false;
  for (let k = j; k >= Math.max(floor + 1, j - MAX_RELATIVE); k -= 1) {
    const t = block.tokens[k];
    const tag = tagAt(block, k);
    if (t === undefined || block.quoted[k] === true || t.text === ',' || tag === 'conj')
      return null;
    if (tag === 'verb' || tag === 'aux') sawVerb = true;
    if (tag === 'rel' && t.lower !== 'which' && sawVerb) {
      const np = taggedPhraseLeft(block, k - 1, floor);
      return np === null ? null : { ...np, appositive: { from: k, to: j + 1 }, structural: true };
    }
    // "sources who spoke with her said": an object pronoun after the relative's verb stays inside.
    if (tag === 'pron' && objectPronounAt(block, k, sawVerb)) continue;
    if (tag === 'sub' || tag === 'pron' || tag === 'punct') return null;
  }
  return null;
}

/**
 * Is the pronoun at `k` the object of a relative clause's verb ("who spoke with her", "who saw
 * it")? Read right to left, no verb has been passed yet, and it is no subject pronoun ("it" is
 * both): a subject pronoun there opens a clause of its own.
 */
function objectPronounAt(block: BlockModel, k: number, sawVerb: boolean): boolean {
  const w = block.tokens[k]?.lower ?? '';
  return !sawVerb && (w === 'it' || !SUBJECT_PRONOUNS.has(w));
}

/**
 * "Executives across the world say", "A flurry of work in recent years shows": the whole clause
 * before the verb is one noun phrase, so it is the verb's subject whatever its head word is. Only a
 * phrase that opens the clause (sentence start, or after a comma or colon) counts: inside a clause
 * a noun before a verb is as often an object or a modifier.
 */
export function clauseSubjectLeft(
  block: BlockModel,
  end: number,
  floor: number,
): NounPhrase | null {
  const np = taggedPhraseLeft(block, end, floor);
  if (np === null) return null;
  const before = block.tokens[np.from - 1];
  const afterPunctuation = before?.text === ',' || before?.text === ':' || before?.text === ';';
  // After a comma only when what precedes is a phrase ("In a new report, ..."), not a clause of its
  // own ("As the authors explain, research shows ..." is the authors' claim, not the research's).
  // "He was held after employees of a bakery said ...": a subordinator opens a clause of its own.
  const afterSubordinator =
    CLAUSE_OPENERS.has(before?.lower ?? '') || afterReport(block, np.from, np.to);
  // "..., the outfielder said." / '"...," the outfielder said.': a trailing attribution.
  const trailing =
    (afterPunctuation || closingQuoteAt(block, np.from - 1)) &&
    (determinedAt(block, np.from) || conjoined(block, np)) &&
    closesWithVerb(block, np.to);
  // "police and medical sources" is read as one group only where the position vouches for it.
  const opensClause =
    trailing ||
    (!adjectiveConjunct(block, np) &&
      (np.from === floor ||
        afterSubordinator ||
        (afterPunctuation && !hasVerbBetween(block, floor, np.from - 1)) ||
        closesFrontedSubordinate(block, np.from - 1, floor)));
  return opensClause ? { ...np, structural: true } : null;
}

/**
 * "The minister said the cook told him ...", "officials said that the guard told them ...": a
 * verb of saying (or its "that") right before the phrase opens the clause it reports, so the
 * phrase is that clause's subject, whatever its head word, when its own verb is one of saying.
 */
function afterReport(block: BlockModel, from: number, to: number): boolean {
  // ... and the phrase's own verb reports speech too ("the dam had held" holds no view).
  let m = to;
  while (block.tags[m] === 'aux' || block.tags[m] === 'adv') m += 1;
  if (!SPEECH_LEMMAS.has(VERB_FORMS.get(block.tokens[m]?.lower ?? '')?.lemma ?? '')) return false;
  // "the cook": a determined phrase, not a bare plural that may be the verb's object, nor one a
  // possessive ties to the speaker ("The team say their work shows" is the team's own claim).
  if (block.tags[from] !== 'det') return false;
  let k = from - 1;
  if (block.tokens[k]?.lower === 'that' && block.tags[k] === 'sub') k -= 1;
  if (block.quoted[k] === true || block.tags[k] !== 'verb') return false;
  return SPEECH_LEMMAS.has(VERB_FORMS.get(block.tokens[k]?.lower ?? '')?.lemma ?? '');
}

/** Verbs of saying whose complement clause often reports someone else's words in turn. */
const SPEECH_LEMMAS = lazySet(() => ['say', 'tell', 'add', 'state', 'explain', 'report']);

/**
 * The head word of a phrase: the noun before its first post-modifier other than "of"
 * ("Executives" in "Executives across the world"), else its last word. Agreement with the verb is checked on the head.
 */
export function phraseHead(block: BlockModel, np: NounPhrase): number {
  for (let k = np.from + 1; k < np.to - 1; k += 1) {
    // "a number of analysts": after a quantity "of" the noun that agrees is the one that follows;
    // "features of the skull": after any other noun, "of" opens a post-modifier.
    const lower = block.tokens[k]?.lower;
    const of =
      lower === 'per' || (lower === 'of' && QUANTITY_NOUNS.has(block.tokens[k - 1]?.lower ?? ''));
    if (!of && tagAt(block, k) === 'prep' && HEADS.has(tagAt(block, k - 1))) return k - 1;
  }
  return np.to - 1;
}

/**
 * "police and medical sources": two nouns joined inside one phrase name one group; a list's last
 * item ("..., photos, and more") has its "and" before the comma, outside the phrase.
 */
function conjoined(block: BlockModel, np: NounPhrase): boolean {
  for (let k = np.from + 1; k < np.to - 1; k += 1)
    if (block.tokens[k]?.lower === 'and' && block.quoted[k] !== true) return true;
  return false;
}

/** Does an "and" inside the phrase join an adjective-led conjunct ("and medical sources")? */
function adjectiveConjunct(block: BlockModel, np: NounPhrase): boolean {
  for (let k = np.from + 1; k < np.to - 1; k += 1)
    if (block.tokens[k]?.lower === 'and' && tagAt(block, k + 1) === 'adj') return true;
  return false;
}

/** Is there a verb or auxiliary among tokens `[from, to)`? */
function hasVerbBetween(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const tag = tagAt(block, k);
    if (tag === 'verb' || tag === 'aux') return true;
  }
  return false;
}
