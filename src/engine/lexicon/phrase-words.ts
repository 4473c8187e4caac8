/**
 * Words the speaker-phrase scanner (`5-speakers/phrase.ts`) reads as boundaries or links: where a
 * noun phrase stops, what joins kin to a name, which capitalised words are adverbs, not names.
 */
import { lazySet } from './lazy';

/** Irregular past forms of reporting verbs ("told parliament" is not part of a name). */
export const PAST_FORMS = lazySet(() => [
  'said',
  'told',
  'thought',
  'wrote',
  'written',
  'found',
  'felt',
  'spoke',
  'swore',
  'showed',
  'shown',
]);

/** Possessives before a kin word ("his wife"). */
export const POSSESSIVES = lazySet(() => ['his', 'her', 'their']);
/** Kin named without a possessive in headline style ("Robert Mugabe and wife Grace"). */
// prettier-ignore
export const KIN = lazySet(() => [
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'partner',
]);

/**
 * Words opening a second conjunct that only accompanies the first ("Roe and others at the hearing",
 * "Roe and fellow researchers", "she and other officials"): the first conjunct is the speaker.
 */
export const COMPANIONS = lazySet(() => ['other', 'others', 'fellow', 'colleagues', 'colleague']);

/** Work groups a name leads ("Roe and her colleagues", "Roe and his team"): the group speaks. */
export const TEAMS = lazySet(() => [
  'colleagues',
  'team',
  'co-authors',
  'coauthors',
  'collaborators',
]);

/**
 * Participles that name the source a speaker relays ("X, citing officials, said", "X reported,
 * quoting police"): the cited source is the claim's inner speaker.
 */
export const CITING = lazySet(() => ['citing', 'quoting']);
/**
 * Words that may follow a cited source's phrase ("citing officials who ...", "quoting police as
 * saying"); any other word means the phrase was cut from a longer one ("citing Acme's losses").
 */
export const AFTER_CITED = lazySet(() => [
  'who',
  'that',
  'and',
  'as',
  'in',
  'at',
  'on',
  'said',
  'says',
]);

/** Sentence adverbs that a capital letter would otherwise pull into a speaker phrase. */
// prettier-ignore
export const SENTENCE_ADVERBS = lazySet(() => [
  'now', 'but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'instead', 'also', 'then',
  'thus', 'indeed', 'moreover', 'furthermore', 'besides', 'today', 'yesterday', 'overall',
  'ultimately', 'eventually', 'separately', 'finally', 'previously', 'earlier', 'later',
]);

/** Prepositions that open a speaker's post-modifier ("a source familiar with the matter"). */
export const POSTMODIFIER_PREPS = lazySet(() => ['with', 'in', 'at', 'from', 'close', 'on']);

/** Adjectives that tie a source to a matter: "a source familiar with", "people close to". */
export const NEARNESS_WORDS = lazySet(() => ['familiar', 'close']);

/**
 * Words that may follow a participle modifying a noun (a reduced relative): its agent ("by"), a
 * place or a time ("published in Nature", "released last week"); never an object.
 */
// prettier-ignore
export const AFTER_PARTICIPLE = lazySet(() => [
  'by', 'in', 'on', 'at', 'from', 'to', 'for', 'with', 'during', 'over', 'since', 'last', 'this',
  'earlier', 'yesterday', 'today', 'online', 'jointly', 'separately',
]);

/**
 * Participles that make their "by" agent the group's leader ("a team led by Ann Roe"): the
 * findings of a led group are its leader's, so the whole phrase names the source.
 */
export const LEADER_PARTICIPLES = lazySet(() => ['led', 'headed', 'directed', 'coordinated']);
