/**
 * Stage 4 guard: a reporting verb's -s or bare form that the words around it show to be a noun
 * ("in seven states", "Member states decided", "topped estimates"), and an "accused" that is a
 * participle or an adjective. The tagger reads such words either way; their neighbours decide.
 */
import type { BlockModel } from '../1-text/model';
import { CARDINALS, CONTACT_SUBJECTS } from '../lexicon/words';
import { lazySet } from '../lexicon/lazy';
import { isRoleWord } from '../lexicon/sources';
import type { VerbInfo } from '../lexicon/verbs';
import { endsWithText } from '../1-text/word-end';
import { opensTaggedClause } from '../5-speakers/phrase-end';

/** Is the word at `k` a finite past verb ("decided", "topped")? */
function pastVerb(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  return t !== undefined && block.tags[k] === 'verb' && !t.cap && /ed$/u.test(t.lower);
}

/**
 * Is the cue word at `i` (an -s or bare form of `info`) a plural or mass noun? After a number
 * ("in seven states", "49 reports") or right after a past verb that takes it as object ("topped
 * estimates"), and before a past verb whose subject it is ("Member states decided").
 */
export function nounUse(block: BlockModel, i: number, info: VerbInfo): boolean {
  const t = block.tokens[i];
  if (t === undefined || block.quoted[i - 1] === true) return false;
  if (nounFirstUse(block, i)) return true;
  // "rights advocate Ann Roe said": the tagger's role noun titling the name after it.
  if (block.tags[i] === 'noun' && block.tags[i + 1] === 'name' && isRoleWord(t.lower)) return true;
  // A past form of the cue ("said", "warned") is a verb whatever stands before it.
  if (t.lower !== info.lemma && !endsWithText(t.lower, 's')) return false;
  const prev = block.tokens[i - 1];
  if (prev !== undefined && (CARDINALS.has(prev.lower) || /^\d[\d,.]*$/u.test(prev.text)))
    return true;
  // "The farmers we interviewed say": the past verb ends a contact clause on the subject.
  if (pastVerb(block, i - 1) && !contactClauseBefore(block, i - 1)) return true;
  if (t.lower === info.lemma && singularPhrase(block, i)) return true;
  // "skills in demand", "available on request", "despite claims": a preposition takes a noun;
  // only "to" takes a bare verb.
  if (block.tags[i - 1] === 'prep' && prev?.lower !== 'to') return true;
  if (t.lower !== info.lemma && prepositionObject(block, i)) return true;
  // "Member states decided": the -s word heads the subject, so a noun or name stands before it
  // (", says certified planner X" is an inverted verb before its participle-led subject);
  // so does an adjective ("Previous estimates suggested").
  const before = block.tags[i - 1];
  const nominal = before === 'noun' || before === 'name' || before === 'adj';
  const plural = endsWithText(t.lower, 's') && t.lower !== info.lemma;
  // "with some reports suggesting ...": after a determiner, before a participle, it is its subject.
  const next = block.tokens[i + 1];
  const participle =
    next !== undefined && endsWithText(next.lower, 'ing') && block.tags[i + 1] === 'verb';
  if (plural && block.tags[i - 1] === 'det' && participle) return true;
  return nominal && plural && pastVerb(block, i + 1);
}

/** Tags of the modifiers between a preposition and its head noun ("at union", "of Arab"). */
const PHRASE_MODIFIERS = lazySet(() => ['noun', 'name', 'adj']);

/**
 * "balked at union demands, the council ...": a preposition, its modifiers, then an -s form that
 * ends the sentence or is followed by a comma and a new clause is the phrase's head noun; a verb
 * there would report nothing.
 */
function prepositionObject(block: BlockModel, i: number): boolean {
  const next = block.tokens[i + 1];
  if (next === undefined || (next.text !== ',' && next.text !== '.')) return false;
  // "... of toll operations warns, however, that ...": only a new clause of the author's after
  // the comma ("demands, the council has ...") shows the phrase ended there.
  if (next.text === ',' && !opensTaggedClause(block, i + 2, block.tokens.length)) return false;
  // "The tweet from the magazine reads, “...”": a comma before a quotation introduces it.
  for (let k = i + 1; k <= i + 3; k += 1) if (block.quoted[k] === true) return false;
  let k = i - 1;
  while (k > i - 4 && PHRASE_MODIFIERS.has(block.tags[k] ?? 'punct')) k -= 1;
  return k < i - 1 && block.tags[k] === 'prep' && block.tokens[k]?.lower !== 'to';
}

/** Is the verb at `v` the end of a contact clause ("the farmers we interviewed")? */
export function contactClauseBefore(block: BlockModel, v: number): boolean {
  return (
    block.tags[v] === 'verb' &&
    CONTACT_SUBJECTS.has(block.tokens[v - 1]?.lower ?? '') &&
    block.tags[v - 2] === 'noun'
  );
}

/** Determiners of one countable thing, which a bare plural verb cannot agree with. */
const SINGULAR_DETERMINERS = lazySet(() => ['a', 'an', 'each', 'every']);

/**
 * "on a conference call that ...", "an open letter", "every press release": after "a" and one or
 * two modifiers the bare form is the phrase's head noun — no subject takes "call" after "a".
 */
function singularPhrase(block: BlockModel, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
    const tag = block.tags[k];
    if (SINGULAR_DETERMINERS.has(block.tokens[k]?.lower ?? '')) return k < i - 1;
    if (tag !== 'noun' && tag !== 'adj') return false;
  }
  return false;
}

/**
 * "the man accused of kidnapping", "accused killer John Doe": "accuse" reports a claim only with
 * its object and the charge ("accused the mayor of lying"); right before "of" it is a passive
 * participle, and with no "of" after it in the sentence an adjective or a noun.
 */
export function bareAccusation(block: BlockModel, i: number, info: VerbInfo, to: number): boolean {
  if (info.lemma !== 'accuse') return false;
  if (block.tokens[i + 1]?.lower === 'of') return true;
  for (let k = i + 2; k < to; k += 1) if (block.tokens[k]?.lower === 'of') return false;
  return true;
}

/** Is token i an -s form tagged as a plural noun with an auxiliary or a bare verb right after it? */
export function pluralNounSubject(block: BlockModel, i: number, info: VerbInfo): boolean {
  const t = block.tokens[i];
  if (t === undefined || t.lower === info.lemma || !endsWithText(t.lower, 's')) return false;
  const next = block.tokens[i + 1];
  // "Facebook CEO says be a friend": an imperative "be" opens the claim, it is no finite verb.
  if (next === undefined || block.quoted[i + 1] === true || NON_FINITE_BE.has(next.lower))
    return false;
  if (block.tags[i] !== 'noun') return false;
  if (block.tags[i + 1] === 'aux') return true;
  // "Big bang advocates point to ...", "consumer advocates warn that ...": a bare present verb
  // after the plural is its predicate (a verb "-s" form takes no second finite verb).
  // "advocates use of genetic tests": a noun before "of" is the verb's object after all.
  return (
    block.tags[i + 1] === 'verb' &&
    next.isWord &&
    bareVerbForm(next.lower) &&
    block.tokens[i + 2]?.lower !== 'of'
  );
}

/** A present verb form with no "-s", "-ed" or "-ing" ending ("point", "warn", "say"). */
function bareVerbForm(lower: string): boolean {
  return !endsWithText(lower, 's') && !endsWithText(lower, 'ed') && !endsWithText(lower, 'ing');
}

const NON_FINITE_BE = lazySet(() => ['be', 'been', 'being']);

/**
 * Present forms far likelier to be nouns than verbs in news copy ("state media", "member states",
 * "the state of affairs"): they report only right before what they report.
 */
const NOUN_FIRST_FORMS = lazySet(() => ['state', 'states']);

/** What a noun-first form must have right after it to be a verb ("states that", "states:"). */
const REPORT_OPENERS = lazySet(() => ['that', ':', ',']);

/** Is the noun-first form at `i` ("state", "states") a noun: no "that", colon or quote follows? */
function nounFirstUse(block: BlockModel, i: number): boolean {
  if (!NOUN_FIRST_FORMS.has(block.tokens[i]?.lower ?? '')) return false;
  const next = block.tokens[i + 1];
  if (next === undefined || block.quoted[i + 1] === true) return false;
  return !REPORT_OPENERS.has(next.lower) && !/^["“‘']/u.test(next.text);
}
