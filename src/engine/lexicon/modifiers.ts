/**
 * Adjectives whose place, not their spelling, misleads the tagger: common adjectives capitalised
 * only because they open a sentence ("Early results ... showed"), and adjectives that follow the
 * noun they modify ("the managers present said").
 */
import { lazySet } from './lazy';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * Common adjectives that open a plural subject ("Early results", "New views", "Preliminary tests",
 * "Recent impressions"). With a capital at the start of a sentence they read as the first word of
 * a name, and the plural noun after them as its verb. Words that are also frequent first names or
 * surnames ("Young", "Rich", "Long", "Major") are left out: a name opens a sentence as often.
 */
export const OPENING_ADJECTIVES = lazySet(() =>
  words(
    'early new newer recent preliminary initial further additional previous prior subsequent separate independent similar other local current latest final official fresh detailed unpublished published internal leaked various numerous multiple',
  ),
);

/**
 * Adjectives and participles that follow the plural noun they modify, before its verb ("managers
 * present said", "officials involved said", "residents interviewed said"). Read as verbs they
 * would stand between the subject and its verb as a second finite verb.
 */
export const POSTPOSED_ADJECTIVES = lazySet(() =>
  words('present involved concerned interviewed polled surveyed questioned contacted consulted'),
);
