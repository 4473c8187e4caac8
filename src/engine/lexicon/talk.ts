/**
 * Verbs of talk whose "to" phrase names the hearer, never the claim: "complained to her boss",
 * "wondered to colleagues". Verbs whose "to" takes what is claimed ("confessed to the theft",
 * "objected to the deal", "admitted to lapses") are left out on purpose: 4-claims/audience-topic.ts.
 */
import { lazySet, type LazySet } from './lazy';

// prettier-ignore
export const HEARER_TO_LEMMAS: LazySet<string> = lazySet(() => [
  'complain', 'speak', 'talk', 'say', 'tell', 'explain', 'mention', 'write', 'report', 'wonder',
  'confide', 'remark', 'comment', 'vent', 'boast', 'brag', 'joke', 'grumble', 'recount',
]);
