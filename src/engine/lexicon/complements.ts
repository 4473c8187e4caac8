/**
 * Which clause-taking reporting verbs also take a claim without "that" — a bare clause ("the
 * report suggested the U.S. might not be ...") or a gerund ("he advised stuffing the peep hole").
 * Kept as data: the verbs differ, and a verb missing here only loses recall, never precision.
 */
import { lazySet, LazySet } from './lazy';

/** Lemmas whose claim may be a bare finite clause ("research shows the opposite is true"). */
// prettier-ignore
export const BARE_CLAUSE_LEMMAS: LazySet<string> = lazySet<string>(() => [
  'add', 'announce', 'explain', 'note', 'report', 'write', 'post', 'tweet', 'observe', 'mention',
  'indicate', 'recall', 'testify', 'forecast', 'calculate', 'declare', 'specify', 'suggest',
  'show', 'find', 'conclude', 'advise', 'caution', 'assure', 'remind', 'hint', 'imply', 'signal',
  'guarantee', 'swear', 'maintain', 'think', 'feel', 'fear', 'expect', 'agree', 'suspect',
  'assume', 'reckon', 'suppose', 'doubt', 'concur', 'point out', 'make clear', 'estimate',
  'predict', 'reveal', 'disclose', 'confirm', 'acknowledge', 'argue', 'warn', 'insist', 'claim',
  'realize', 'realise', 'decide', 'figure', 'believe', 'wonder', 'hope',
]);

/**
 * Lemmas whose claim may be an object and its infinitive ("asked the council to delay the vote"):
 * a request or an instruction, reported with the person it was put to.
 */
// prettier-ignore
export const OBJECT_INFINITIVE_LEMMAS: LazySet<string> = lazySet<string>(() => [
  'ask', 'request', 'instruct', 'advise', 'remind', 'implore', 'beg',
]);

/**
 * Lemmas of commitment, intention and assertion whose claim may be a bare infinitive ("threatened
 * to cut funding", "expects to open a branch", "claims to be neutral"): the promise, plan or claim
 * is the speaker's. "tried to", "used to", "wanted to" are left out: an attempt, a habit or a wish
 * is an act, not a statement.
 */
// prettier-ignore
export const INFINITIVE_CLAIM_LEMMAS: LazySet<string> = lazySet<string>(() => [
  'swear', 'claim', 'offer', 'propose',
]);

/**
 * Lemmas of threat and expectation whose claim may be a bare infinitive only when an agent is
 * their subject ("the union threatened to strike", not "the fire threatened to spread"): the
 * check is in 4-claims/commitment.ts.
 */
export const COMMITMENT_LEMMAS: LazySet<string> = lazySet<string>(() => ['threaten']);

/**
 * Lemmas of proposal and demand whose claim may be a clause in the subjunctive, a noun phrase and
 * a bare verb with no "that" ("suggested the firm hire more staff", "demanded the law be repealed").
 */
// prettier-ignore
export const SUBJUNCTIVE_LEMMAS: LazySet<string> = lazySet<string>(() => [
  'suggest', 'propose', 'recommend', 'demand', 'urge', 'insist', 'request', 'advise',
]);

/** Lemmas whose claim may be a gerund phrase ("recommends calling the front desk"). */
// prettier-ignore
export const GERUND_LEMMAS: LazySet<string> = lazySet<string>(() => [
  'advise', 'recommend', 'suggest', 'propose', 'urge', 'deny', 'admit', 'recall', 'report',
  'describe', 'mention', 'consider', 'caution', 'acknowledge', 'confess', 'advocate', 'defend',
]);

/**
 * Verbs of doubt whose claim may be an embedded question ("questioned whether the ban made
 * sense", "doubted how long it would last"): the doubt raised is the position taken.
 */
export const DOUBT_QUESTION_LEMMAS: LazySet<string> = lazySet<string>(() => ['question', 'doubt']);

/** Words that open an embedded question after a verb of doubt. */
export const QUESTION_WORDS: LazySet<string> = lazySet<string>(() => [
  'whether',
  'why',
  'how',
  'if',
]);

/** Lemmas of accounts whose claim may be a how-clause ("recounted how the fire spread"). */
// prettier-ignore
export const HOW_LEMMAS: LazySet<string> = lazySet<string>(() => [
  'recount', 'recall', 'describe', 'remember', 'testify', 'detail', 'explain',
]);

/**
 * Finding verbs whose claim may be a how-clause when a subject finds it ("the images show how the
 * ice retreated"); a bare participle ("..., showing how prices move") is the author's gloss.
 */
export const HOW_FINDING_LEMMAS: LazySet<string> = lazySet<string>(() => [
  'show',
  'reveal',
  'demonstrate',
  'illustrate',
]);

/** Finite verb words that show a bare clause has begun: a subject, then one of these. */
// prettier-ignore
export const FINITE_MARKERS: LazySet<string> = lazySet<string>(() => [
  'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'has', 'have', 'had', 'does', 'did', "isn't", "aren't", "wasn't", "weren't", "won't",
  "wouldn't", "can't", "couldn't", "doesn't", "didn't", "hasn't", "haven't", 'appears', 'seems',
]);
