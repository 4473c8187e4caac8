/**
 * Closed-class English words the engine needs in place of a part-of-speech tagger: pronouns,
 * determiners, auxiliaries and the adverbs that sit between a speaker and the verb.
 */
import { lazyMap, LazyMap, lazySet } from './lazy';

/** Subject pronouns that may stand for a speaker, with the entity kinds they can refer to. */
export const SUBJECT_PRONOUNS: LazyMap<string, 'person' | 'group' | 'thing'> = lazyMap<
  string,
  'person' | 'group' | 'thing'
>(() => [
  ['he', 'person'],
  ['she', 'person'],
  ['they', 'group'],
  ['it', 'thing'],
  ['we', 'group'],
  ['i', 'person'],
]);

/**
 * Subject pronouns fused with an auxiliary ("I'm", "he's", "we've"): the tokenizer keeps them as
 * one word, yet they point at a speaker exactly as the bare pronoun does ("I'm worried ..." inside
 * a quotation is the quoted speaker, not a new source named "I'm"). Keys use the straight
 * apostrophe of `Token.lower`.
 */
const CONTRACTED_PRONOUNS: LazyMap<string, string> = lazyMap<string, string>(() => {
  const suffixes: Record<string, string[]> = {
    i: ['m', 've', 'd', 'll'],
    we: ['re', 've', 'd', 'll'],
    they: ['re', 've', 'd', 'll'],
    he: ['s', 'd', 'll'],
    she: ['s', 'd', 'll'],
    it: ['s', 'd', 'll'],
  };
  return Object.entries(suffixes).flatMap(([p, ends]) =>
    ends.map((end): [string, string] => [`${p}'${end}`, p]),
  );
});

/** The subject pronoun a word is or starts with ("he's" → "he"), or undefined. */
export function subjectPronoun(lower: string): string | undefined {
  return SUBJECT_PRONOUNS.has(lower) ? lower : CONTRACTED_PRONOUNS.get(lower);
}

/** Possessive determiners that may own a noun cue ("his warning that ..."). */
export const POSSESSIVE_PRONOUNS: LazyMap<string, 'person' | 'group' | 'thing'> = lazyMap<
  string,
  'person' | 'group' | 'thing'
>(() => [
  ['his', 'person'],
  ['her', 'person'],
  ['their', 'group'],
  ['its', 'thing'],
]);

/**
 * The singular demonstratives: as a subject ("that is", "this would") or with a claim noun ("that
 * suspicion") they point back at what was just said, from outside it.
 */
/**
 * Words that open an embedded question ("shows who would be affected", "unsure whether it
 * works"): what follows asks, it reports no claim.
 */
// prettier-ignore
export const WH_WORDS = lazySet(() => [
  'what', 'whether', 'how', 'why', 'when', 'where', 'who', 'which',
]);

export const DEMONSTRATIVES = lazySet(() => ['that', 'this']);

/** Determiners and quantifiers that can open a speaker noun phrase. */
// prettier-ignore
export const DETERMINERS = lazySet(() => [
  'the', 'a', 'an', 'some', 'many', 'most', 'several', 'other', 'both', 'all', 'few', 'two',
  'three', 'four', 'five', 'one', 'another', 'these', 'those', 'this', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'senior', 'top', 'local', 'no',
]);

/** Words allowed between a speaker and the verb ("has also said", "would later deny"). */
// prettier-ignore
export const AUXILIARIES = lazySet(() => [
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'could',
  'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'also', 'later', 'then', 'once',
  'now', 'still', 'previously', 'repeatedly', 'already', 'further', 'again', 'often', 'even',
  'long', 'never', 'not', 'always', 'first', 'just', 'quickly', 'strongly', 'publicly',
  'privately', 'recently', 'reportedly', 'allegedly', 'since', 'earlier', 'initially',
  'separately', 'immediately', 'flatly', 'firmly', 'twice', 'very', 'doubtless',
]);

/** Words that end a speaker noun phrase when scanning left from a verb. */
// prettier-ignore
export const NP_BREAKERS = lazySet(() => [
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'if', 'because', 'but', 'as',
  'after', 'before', 'than', 'though', 'although', 'so', 'to', 'on', 'in', 'with', 'by', 'for',
  'from', 'at', 'into', 'about', 'over', 'under', 'said', 'says', 'say', 'and', 'or', 'nor', 'yet',
  'what', 'how', 'why', 'not', 'only', 'until', 'unless', 'whether', 'since', 'during', 'against',
  'without', 'through', 'up', 'out', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have',
  'had', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there', 'here',
  'this', 'these', 'those', 'also', 'would', 'will', 'could', 'should', 'can', 'may', 'might',
  'must', 'do', 'did', 'does', 'then', 'now', 'just', 'even', 'still', 'like', 'among', 'between',
  'amid', 'despite', 'per', 'via', 'off', 'around', 'across', 'toward', 'towards', 'upon',
  'within', 'whereas', 'too', 'very', 'more', 'less', 'not', 'no', 'yes', 'its', 'being', 'having',
]);

/**
 * Words that, capitalised at a sentence start, open a clause or a question rather than a name
 * ("Because Google's promises ...", "Is Acme the future?"). "Will" and "May" are left out: they
 * are also first names.
 */
// prettier-ignore
export const CLAUSE_OPENING_CAPS = lazySet(() => [
  'because', 'although', 'though', 'while', 'since', 'unless', 'whether', 'if', 'when', 'where',
  'why', 'how', 'what', 'is', 'are', 'was', 'were', 'does', 'did', 'has', 'have', 'had', 'can',
  'could', 'should', 'would',
]);

/**
 * Subordinators of a condition or a concession ("if", "although"): a clause they open states
 * something of its own, unlike a time clause ("when", "after") that only sets the scene. The
 * two-word forms ("even if", "as long as") are matched on their last word after "even"/"long".
 */
// prettier-ignore
export const CONDITION_OPENERS = lazySet(() => [
  'if', 'unless', 'although', 'though', 'while', 'whereas',
]);

/**
 * Subordinators that open a fronted adverbial clause ("When X said Y, Z ..."): a claim reported
 * inside such a clause ends where the clause does, at the comma before the main clause.
 */
// prettier-ignore
export const FRONTED_SUBORDINATORS = lazySet(() => [
  'when', 'whenever', 'after', 'before', 'since', 'because', 'if', 'unless', 'although',
  'though', 'once', 'until', 'while', 'whereas',
]);

/** Day, month and time words that open or close a cue ("said Thursday", "On Wednesday, ..."). */
// prettier-ignore
export const TIME_WORDS = lazySet(() => [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'earlier', 'later', 'recently', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'late', 'last', 'this', 'on', 'in', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ago', 'days', 'weeks', 'months', 'years', 'spring', 'summer', 'fall', 'autumn', 'winter',
]);

/**
 * Capitalised abbreviations whose lower-case form is a common word: "US officials say" names the
 * country, not the pronoun, so the token looks up as "U.S" does.
 */
export const ACRONYM_FORMS = lazyMap<string, string>(() => [['US', 'u.s']]);

/** Cardinal number words: a verb-like word right after one counts a noun ("seven states"). */
// prettier-ignore
export const CARDINALS = lazySet(() => [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
  'millions', 'dozen', 'dozens', 'several', 'both',
]);

/**
 * Plurals not spelled with a final "s": "the children believe", "small teeth indicate", "data
 * from the agency show" agree with a plural verb though no "-s" marks them.
 */
// prettier-ignore
export const IRREGULAR_PLURALS = lazySet(() => [
  'men', 'women', 'children', 'teeth', 'feet', 'mice', 'geese', 'data', 'people', 'police',
  'media', 'staff', 'bacteria', 'criteria', 'phenomena', 'fungi', 'cacti', 'nuclei', 'cattle',
  'clergy', 'folk', 'youth', 'alumni', 'personnel', 'spacecraft', 'aircraft',
]);

/** Subject pronouns that open a relative clause with no relative pronoun ("the farmers we met"). */
export const CONTACT_SUBJECTS = lazySet(() => ['i', 'we', 'you', 'he', 'she', 'they']);

/**
 * Closing quotation marks, straight and curly: what stands between a quote's last word and the
 * comma or cue after it. One set, so every stage that steps over a closing mark sees the same ones.
 */
export const CLOSING_QUOTE_MARKS = lazySet(() => ['"', '\u201d', "'", '\u2019']);

/** The forms of "be" that carry a passive or a copula ("was denied", "is seen as"). */
export const BE_FORM_WORDS = ['is', 'are', 'was', 'were', 'be', 'been', 'being'] as const;
/** `BE_FORM_WORDS` as a table. */
export const BE_FORMS = lazySet<string>(() => BE_FORM_WORDS);

/** Relative pronouns that open a clause on a noun ("which is thought to", "that analysts say"). */
export const CLAUSE_RELATIVES = lazySet(() => ['which', 'who', 'that']);
