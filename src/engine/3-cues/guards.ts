/**
 * Guards for attribution clauses: checks that reject a reporting verb as a cue (noun uses,
 * negation, first person, subordinate openers) and find where one clause joins another.
 */
import { phraseHead } from '../5-speakers/chunk';
import { isQuoteMark, type Range } from '../4-claims/clause';
import type { CueHit } from './cues';
import { PAST_AS_BASE, VERB_FORMS } from '../lexicon/verbs';
import { IRREGULAR_PLURALS, SUBJECT_PRONOUNS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { NounPhrase } from '../5-speakers/speaker';
import { lazySet } from '../lexicon/lazy';
import { COLLECTIVE_NOUNS } from '../lexicon/groups';
import { endsWithText } from '../1-text/word-end';

const PLURAL_SUBJECTS = lazySet(() => ['they', 'them', 'us']);
// prettier-ignore
export const FIRST_PERSON = lazySet(() => [
  'i', 'we', 'you', 'anyone', 'everyone', 'nobody', 'someone', 'no', 'none',
]);
// prettier-ignore
export const SUBORDINATORS = lazySet(() => [
  'although', 'though', 'while', 'because', 'if', 'when', 'as', 'after', 'before', 'since',
  'unless', 'whether',
]);
const JOINERS = lazySet(() => ['and', 'but', 'while', 'whereas', 'although', 'though']);
// prettier-ignore
export const APPOSITIVE_STARTS = lazySet(() => [
  'who', 'a', 'an', 'the', 'whose', 'which', 'as', 'phd', 'md', 'mph', 'jr', 'sr', 'esq',
]);

/**
 * A bare verb form ("demand", "report") is often a noun; accept it as a present-tense cue only
 * after an auxiliary or with a plural subject ("analysts say", "People think").
 */
export function pluralEnough(block: BlockModel, cue: CueHit, np: NounPhrase): boolean {
  const verb = block.tokens[cue.from];
  if (verb === undefined || verb.lower !== cue.info.lemma) return true;
  // "The Federal Reserve forecast three increases": a past tense spelled as the base.
  if (np.to < cue.from || PAST_AS_BASE.has(cue.info.lemma)) return true;
  const head = block.tokens[phraseHead(block, np)]?.lower ?? '';
  if (PLURAL_SUBJECTS.has(head) || QUANTITY_HEADS.has(head) || np.also !== undefined) return true;
  // "The children believe", "small teeth indicate": a plural with no final "s".
  if (IRREGULAR_PLURALS.has(head)) return true;
  // "The team say their work shows ...": a collective noun with a verb that is never a noun.
  if (COLLECTIVE_NOUNS.has(head) && VERB_ONLY.has(cue.info.lemma)) return true;
  // "Many in Hong Kong fear", "Some of the growers say": a plural quantifier heads the phrase.
  const opener = block.tokens[np.from]?.lower ?? '';
  if (PLURAL_QUANTIFIERS.has(opener) && block.tags[np.from + 1] === 'prep') return true;
  // "Some fear the plan will fail", "many feel": a lone plural quantifier opening its clause is a
  // group of people ("there is some fear" has a verb before it).
  if (np.to - np.from === 1 && PLURAL_QUANTIFIERS.has(opener) && clauseEdge(block, np.from - 1))
    return true;
  // "The Ngātiwai believe": a people named with "the".
  const first = block.tokens[np.from];
  // "The Ngātiwai believe", "Ngātiwai believe": a people named as a plural proper noun.
  const people = first?.lower === 'the' && block.tokens[np.from + 1]?.cap === true;
  const bare = np.to - np.from === 1 && first?.cap === true && !PLURAL_SUBJECTS.has(first.lower);
  if (((people && np.to - np.from === 2) || bare) && VERB_ONLY.has(cue.info.lemma)) return true;
  // "U.S" / "US" is a country, not a plural.
  return (
    endsWithText(head, 's') &&
    !endsWithText(head, "'s") &&
    !endsWithText(head, 'ss') &&
    !head.includes('.')
  );
}

/** Tags that cannot stand right before a clause's subject: the quantifier is then an object. */
const OBJECT_LEADS = lazySet(() => ['verb', 'aux', 'prep', 'det', 'adj', 'noun']);

/** Does a clause start right after token `k` (sentence start, a mark, a conjunction)? */
function clauseEdge(block: BlockModel, k: number): boolean {
  // "He said some feel ...": a reporting verb's clause starts after it.
  if (VERB_FORMS.has(block.tokens[k]?.lower ?? '')) return true;
  return k < 0 || !OBJECT_LEADS.has(block.tags[k] ?? 'punct');
}

/** Quantifiers that head a plural phrase before a preposition ("many in", "some of"). */
// prettier-ignore
const PLURAL_QUANTIFIERS = lazySet(() => [
  'many', 'some', 'most', 'few', 'several', 'others', 'both', 'all',
]);

/** Heads of a share of a group, which agree with a plural verb ("Fifty-one percent say"). */
const QUANTITY_HEADS = lazySet(() => ['percent', 'cent', 'majority', 'minority', 'half', 'third']);

/** Lemmas whose base form is not also a common noun ("believe", unlike "demand" or "report"). */
// prettier-ignore
const VERB_ONLY = lazySet(() => [
  'say', 'believe', 'think', 'argue', 'insist', 'contend', 'maintain', 'agree', 'disagree', 'accuse',
  'deny', 'reject', 'condemn', 'warn', 'urge', 'worry', 'expect', 'wonder', 'suggest', 'explain', 'tell',
]);

/** Words that open a clause modifying a noun ("the direction that they thought ..."). */
const CLAUSE_LINKS = lazySet(() => ['that', 'when', 'where', 'which', 'whom', 'whether', 'if']);

/**
 * "the point when they felt that they had done so", "the direction that they thought the dots had
 * moved": a belief verb with a bare pronoun subject inside a relative or adverbial clause is part of
 * a description, not a claim. After a reporting verb ("said that they believe ...") it still counts.
 */
export function embeddedBelief(block: BlockModel, cue: CueHit, np: NounPhrase): boolean {
  if (cue.info.class !== 'stance' || np.to - np.from !== 1) return false;
  // "which many saw as an attempt to ...": a quantifier subject is a group holding a view.
  if (!SUBJECT_PRONOUNS.has(block.tokens[np.from]?.lower ?? '')) return false;
  const link = block.tokens[np.from - 1];
  if (link === undefined || !CLAUSE_LINKS.has(link.lower)) return false;
  const before = block.tokens[np.from - 2];
  return before !== undefined && before.isWord && !VERB_FORMS.has(before.lower);
}

const MODALS = lazySet(() => ['might', 'could', 'would', 'should', 'may', "might've", "could've"]);

const NEGATIONS = lazySet(() => ['not', 'never', "n't", 'declined', 'refused']);

/**
 * Belief verbs that still report a view when negated: "researchers don't think the model holds"
 * states what they think, unlike "did not say" or "does not know".
 */
const NEGATABLE_BELIEFS = lazySet(() => ['believe', 'think', 'expect', 'feel']);

/**
 * "would not immediately describe": a negated cue reports no claim — unless it is a belief verb
 * negated by "not", whose negation is the belief ("doesn't believe it will help"; "never
 * expected" stays a counterfactual).
 */
export function isNegated(block: BlockModel, cue: number, floor: number): boolean {
  if (!negatedAt(block, cue, floor)) return false;
  const lemma = VERB_FORMS.get(block.tokens[cue]?.lower ?? '')?.lemma ?? '';
  return !NEGATABLE_BELIEFS.has(lemma) || negationStart(block, cue, floor) === cue;
}

const DO_FORMS = lazySet(() => ['do', 'does', 'did']);

/**
 * Where "do not" / "doesn't" before the verb at `cue` begins (`cue` when nothing negates it), so
 * the subject is found left of it: "The researchers don't think ...".
 */
export function negationStart(block: BlockModel, cue: number, floor: number): number {
  let k = cue;
  while (k - 1 >= floor && block.quoted[k - 1] !== true) {
    const w = (block.tokens[k - 1]?.lower ?? '').replace('\u2019', "'");
    if (w !== 'not' && !endsWithText(w, "n't") && !DO_FORMS.has(w)) break;
    k -= 1;
  }
  return k;
}

function negatedAt(block: BlockModel, cue: number, floor: number): boolean {
  // "Uber might have suggested that ...": a counterfactual reports nothing that was said.
  const have = block.tokens[cue - 1]?.lower;
  if (have === 'have' && MODALS.has(block.tokens[cue - 2]?.lower ?? '')) return true;
  for (let k = cue - 1; k >= Math.max(floor, cue - 4); k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord) return false;
    if (NEGATIONS.has(t.lower) || endsWithText(t.lower, "n't")) return true;
  }
  return false;
}

export function isJoined(block: BlockModel, at: number): boolean {
  const joiner = block.tokens[at - 1]?.lower ?? '';
  // "..., with critics calling it a grab": a with-absolute ends the main clause's claim.
  if (joiner === 'with' && block.tokens[at - 2]?.text === ',') return true;
  if (!JOINERS.has(joiner))
    return block.tokens[at - 1]?.lower === 'as' && block.tokens[at - 2]?.lower === 'even';
  return true;
}

/**
 * '..., the officials said, the utility switched ..., "so they cannot ...," Mr. McHugh said': after
 * another clause, a quote set off by a comma is the later speaker's whole claim.
 */
export function trailingQuote(block: BlockModel, r: Range): Range {
  let end = r.to;
  while (end > r.from && !block.tokens[end - 1]?.isWord && block.quoted[end - 1] !== true) {
    if (isQuoteMark(block, end - 1)) break;
    end -= 1;
  }
  if (!isQuoteMark(block, end - 1)) return r;
  let open = end - 2;
  while (open > r.from && block.quoted[open] === true) open -= 1;
  const opener = block.tokens[open - 1]?.text;
  return isQuoteMark(block, open) && opener === ',' ? { from: open, to: r.to } : r;
}
