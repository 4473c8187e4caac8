/**
 * Stage 6b: does the text after a clause-taking verb hold a claim even without "that"? A bare
 * finite clause (a short subject, then "is", "might", "has"...) or a gerund object counts; a plain
 * noun object ("added significant updates", "noted the time") does not.
 */
import type { Range } from '../4-claims/clause';
import {
  BARE_CLAUSE_LEMMAS,
  DOUBT_QUESTION_LEMMAS,
  FINITE_MARKERS,
  GERUND_LEMMAS,
  HOW_FINDING_LEMMAS,
  HOW_LEMMAS,
  INFINITIVE_CLAIM_LEMMAS,
  OBJECT_INFINITIVE_LEMMAS,
  QUESTION_WORDS,
  SUBJUNCTIVE_LEMMAS,
} from '../lexicon/complements';
import { VERB_FORMS } from '../lexicon/verbs';
import { DETERMINERS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { opensTaggedClause, taggedPhraseEnd } from '../5-speakers/phrase-end';

/** Object and reflexive pronouns, which cannot open a clause after its verb. */
// prettier-ignore
const OBJECT_PRONOUNS = lazySet(() => [
  'him', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'itself', 'ourselves', 'myself',
  'yourself',
]);

/** Words a bare clause's subject cannot contain: they open a relative clause or a new phrase. */
// prettier-ignore
const SUBJECT_BREAKERS = lazySet(() => [
  'who', 'which', 'whom', 'whose', 'that', 'to', 'for', 'with', 'about', 'from', 'by', 'as',
  'when', 'where', 'if', 'because', 'and', 'or', 'but',
]);
const MAX_SUBJECT = 7;
/** Marks inside a subject: "U.S.", "journalists' metadata". */
const SUBJECT_MARKS = lazySet(() => ['.', "'", '\u2019']);

/**
 * "the opposite is true", "the U.S. might not be": subject words, then a finite marker. With
 * `anySubject` (after a stance adjective) the subject need not open with a determiner or capital.
 */
export function isBareClause(block: BlockModel, r: Range, anySubject = false): boolean {
  // "as many as 200 have been killed": a count's hedge is no part of the subject's opening.
  const from = afterQuantityHedge(block, r.from);
  if (from > r.from) return isBareClause(block, { from, to: r.to }, anySubject);
  const first = block.tokens[r.from];
  if (first === undefined || !first.isWord || SUBJECT_BREAKERS.has(first.lower)) return false;
  // After a verb a bare noun may be its object; after "is adamant" any noun opens a clause.
  const determined = first.cap || DETERMINERS.has(first.lower) || /^\d/.test(first.text);
  if (!determined && !anySubject) return false;
  for (let i = r.from + 1; i < Math.min(r.to, r.from + MAX_SUBJECT + 1); i += 1) {
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true) return false;
    if (FINITE_MARKERS.has(t.lower)) return true;
    if (!t.isWord ? !SUBJECT_MARKS.has(t.text) : SUBJECT_BREAKERS.has(t.lower)) return false;
  }
  return false;
}

/** Words that hedge a count before its number: "as many as 200", "at least 40", "more than 9". */
const QUANTITY_HEDGES: readonly (readonly string[])[] = [
  ['as', 'many', 'as'],
  ['as', 'much', 'as'],
  ['at', 'least'],
  ['more', 'than'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['up', 'to'],
];

/** The token after a count hedge at `k` that a number follows, or `k`. */
function afterQuantityHedge(block: BlockModel, k: number): number {
  for (const words of QUANTITY_HEDGES) {
    if (!words.every((w, n) => block.tokens[k + n]?.lower === w)) continue;
    const number = block.tokens[k + words.length];
    if (number !== undefined && /^\d/.test(number.text)) return k + words.length;
  }
  return k;
}

/**
 * "suggested the firm hire more staff", "urged Lima's homes stop the practice": a noun phrase
 * opening with a determiner or a capital, then a bare verb (no -s, -ed or -ing) — a subjunctive.
 */
export function isSubjunctiveClause(block: BlockModel, r: Range): boolean {
  const first = block.tokens[r.from];
  if (first === undefined || !first.isWord || block.quoted[r.from] === true) return false;
  if (!first.cap && !DETERMINERS.has(first.lower)) return false;
  const end = taggedPhraseEnd(block, r.from, r.to);
  const verb = block.tokens[end];
  if (end > r.from && verb?.lower === 'be' && block.quoted[end] !== true) return true;
  return (
    end > r.from &&
    verb !== undefined &&
    block.tags[end] === 'verb' &&
    block.quoted[end] !== true &&
    !verb.cap &&
    !/(?:s|ed|ing)$/.test(verb.lower)
  );
}

/** "advised stuffing the peep hole", "recommends calling the front desk". */
export function isGerundObject(block: BlockModel, r: Range): boolean {
  const first = block.tokens[r.from];
  return (
    first !== undefined &&
    first.isWord &&
    !first.cap &&
    // "reported being logged out": "being" is a gerund too, though as short as "thing".
    (first.lower.length > 5 || first.lower === 'being') &&
    first.lower.endsWith('ing') &&
    // "recalls thinking at the time": a gerund of saying or thinking points at a quote elsewhere.
    !pointsAtQuote(first.lower) &&
    wordsIn(block, r) >= 3
  );
}

function wordsIn(block: BlockModel, r: Range): number {
  let n = 0;
  for (let i = r.from; i < r.to; i += 1) if (block.tokens[i]?.isWord === true) n += 1;
  return n;
}

const SAYING = lazySet(() => ['say', 'tell', 'ask', 'write', 'explain', 'add', 'note']);

function pointsAtQuote(gerund: string): boolean {
  const info = VERB_FORMS.get(gerund);
  return info !== undefined && (info.class === 'stance' || SAYING.has(info.lemma));
}

/**
 * "recounted how the fire spread", "described how her daughter was burning up": an account of
 * how something happened is the claim of a testimony verb ("how to apply" is not: no clause).
 */
export function isHowClause(block: BlockModel, r: Range): boolean {
  if (block.tokens[r.from]?.lower !== 'how' || block.quoted[r.from] === true) return false;
  const from = r.from + 1;
  if (opensTaggedClause(block, from, r.to)) return true;
  // "how the fire spread": a subject, then a verb in any form but -ing.
  const end = block.tags[from] === 'pron' ? from + 1 : taggedPhraseEnd(block, from, r.to);
  const verb = block.tokens[end];
  return end > from && block.tags[end] === 'verb' && verb?.lower.endsWith('ing') === false;
}

/** Tags that cannot open the verb after "to": "asked the judge to the bench" has no infinitive. */
const NOT_INFINITIVE = lazySet<Tag>(() => ['det', 'poss', 'name', 'num', 'prep', 'pron', 'punct']);

/**
 * "asked the council to delay the vote", "asked them to leave": an object (a noun phrase or an
 * object pronoun), then "to" and a verb, all outside quotation marks.
 */
export function isObjectInfinitive(block: BlockModel, r: Range): boolean {
  const first = block.tokens[r.from];
  if (first === undefined || block.quoted[r.from] === true) return false;
  const end = OBJECT_PRONOUNS.has(first.lower) ? r.from + 1 : taggedPhraseEnd(block, r.from, r.to);
  if (end === r.from || end + 1 >= r.to || block.tokens[end]?.lower !== 'to') return false;
  return verbAfterTo(block, end + 1);
}

/**
 * Is token `k`, after "to", the infinitive's verb? Title case capitalises it ("Advises Boeing To
 * Rebrand Jet"), so after a capitalised "To" a word the tagger read as a name counts as well.
 */
function verbAfterTo(block: BlockModel, k: number): boolean {
  const verb = block.tokens[k];
  if (verb?.isWord !== true || block.quoted[k] === true) return false;
  const tag = block.tags[k] ?? 'punct';
  if (!NOT_INFINITIVE.has(tag)) return true;
  return (
    tag === 'name' &&
    verb.cap &&
    block.tokens[k - 1]?.text === 'To' &&
    !/^[A-Z]{2,}/.test(verb.text)
  );
}

/** "threatened to cut funding": "to", then a verb, outside quotation marks. */
export function isInfinitive(block: BlockModel, r: Range): boolean {
  if (block.tokens[r.from]?.lower !== 'to' || block.quoted[r.from] === true) return false;
  return r.from + 2 < r.to && verbAfterTo(block, r.from + 1);
}

/** "..., showing how": the verb right before `r` is an -ing form with no subject of its own. */
function afterParticiple(block: BlockModel, r: Range): boolean {
  return block.tokens[r.from - 1]?.lower.endsWith('ing') === true;
}

/** "whether it made sense to ban it", "how many firms would stay": a question word, then a clause. */
function isDoubtQuestion(block: BlockModel, r: Range): boolean {
  const first = block.tokens[r.from]?.lower ?? '';
  if (!QUESTION_WORDS.has(first) || block.quoted[r.from] === true) return false;
  return opensTaggedClause(block, r.from + 1, r.to);
}

/** Does `r` hold the claim of a clause-taking verb with this lemma, though no "that" opens it? */
export function complementFits(block: BlockModel, r: Range, lemma: string): boolean {
  if (HOW_LEMMAS.has(lemma) && isHowClause(block, r)) return true;
  if (HOW_FINDING_LEMMAS.has(lemma) && !afterParticiple(block, r) && isHowClause(block, r))
    return true;
  if (OBJECT_INFINITIVE_LEMMAS.has(lemma) && isObjectInfinitive(block, r)) return true;
  if (DOUBT_QUESTION_LEMMAS.has(lemma) && isDoubtQuestion(block, r)) return true;
  if (INFINITIVE_CLAIM_LEMMAS.has(lemma) && isInfinitive(block, r)) return true;
  if (SUBJUNCTIVE_LEMMAS.has(lemma) && isSubjunctiveClause(block, r)) return true;
  // "found herself surrounded", "showed them leaving": an object pronoun is no clause's subject.
  if (OBJECT_PRONOUNS.has(block.tokens[r.from]?.lower ?? '')) return false;
  if (
    BARE_CLAUSE_LEMMAS.has(lemma) &&
    (isBareClause(block, r) || opensTaggedClause(block, r.from, r.to))
  )
    return true;
  return GERUND_LEMMAS.has(lemma) && isGerundObject(block, r);
}
