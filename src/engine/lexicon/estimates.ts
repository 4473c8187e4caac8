/**
 * Verbs that state an estimate as a figure put on a quantity: "IDC puts the number of users at
 * 16 million", "the report pegs growth at 70 per cent", "officials placed the toll at 40". Alone
 * they are acts ("put the box on the shelf"); only with an object and "at" a figure do they report
 * what the subject reckons (3-cues/estimate-at.ts).
 */
import { lazyMap, lazySet, type LazyMap, type LazySet } from './lazy';

/** Inflected form → lemma of the figure-setting verbs. */
// prettier-ignore
export const FIGURE_VERB_FORMS: LazyMap<string, string> = lazyMap<string, string>(() => [
  ['put', 'put'], ['puts', 'put'], ['putting', 'put'],
  ['peg', 'peg'], ['pegs', 'peg'], ['pegged', 'peg'], ['pegging', 'peg'],
  ['place', 'place'], ['places', 'place'], ['placed', 'place'], ['placing', 'place'],
]);

/** Words that may stand between "at" and the figure ("at about $44 million", "at nearly 40"). */
// prettier-ignore
export const FIGURE_APPROXIMATORS: LazySet<string> = lazySet<string>(() => [
  'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'least', 'more', 'than', 'over',
  'under', 'just', 'between', 'approximately', 'close', 'to', 'up', 'as', 'many', 'much', 'high',
  'low',
]);
