/**
 * Words that refer back to two people named together ("Roe and Lund ... Both men said", "the pair
 * argue", "the couple said"): data for `pair-memory.ts`, which gives them the pair as one source.
 */
import { lazySet } from './lazy';

/** Nouns that alone, after "the", mean two people: "the pair", "the couple", "the two". */
export const PAIR_NOUNS = lazySet(() => ['pair', 'couple', 'duo', 'two']);

/** Words that open a phrase for two people before a plural noun: "both men", "the two women". */
export const PAIR_OPENERS = lazySet(() => ['both']);

/** Plural heads such phrases take: people in general, or by sex or kinship. */
export const PAIR_HEADS = lazySet(() => [
  'men',
  'women',
  'brothers',
  'sisters',
  'friends',
  'partners',
  'researchers',
  'scientists',
  'authors',
  'officers',
]);
