/**
 * Verbs of judging that take an object and its judgement with no "as": "the firm considers the
 * deal a win", "the board deemed the plan unworkable", "he considers the matter of great
 * importance". The judgement is a belief of the subject (3-cues/small-clause.ts).
 */
import { lazyMap, lazySet, type LazyMap, type LazySet } from './lazy';

/** Finite forms of the small-clause judging verbs → lemma. */
// prettier-ignore
export const SMALL_CLAUSE_FORMS: LazyMap<string, string> = lazyMap<string, string>(() => [
  ['consider', 'consider'], ['considers', 'consider'], ['considered', 'consider'],
  ['deem', 'deem'], ['deems', 'deem'], ['deemed', 'deem'],
]);

/** Nouns of worth that make "of ..." a judgement ("of paramount importance", "of little use"). */
// prettier-ignore
export const WORTH_NOUNS: LazySet<string> = lazySet<string>(() => [
  'importance', 'value', 'interest', 'concern', 'use', 'significance', 'consequence', 'benefit',
  'relevance', 'note', 'merit',
]);

/**
 * Nouns of time and amount that make "a ..." after an object an adverbial, not a judgement
 * ("considered the bill a second time", "deemed it a day").
 */
// prettier-ignore
export const ADVERBIAL_NOUNS: LazySet<string> = lazySet<string>(() => [
  'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'moment',
  'while', 'bit', 'lot', 'hour', 'hours', 'minute', 'minutes',
]);
