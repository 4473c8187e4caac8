/**
 * Naming verbs: "dubbed it 'a fiasco'", "branded the event a 'shambles'", "compared agents to
 * 'pimps'". Giving something a quoted label reports the subject's own words and judgement, so the
 * object and its label are a claim. Without a quotation the same verbs only name or liken ("dubbed
 * the Big Apple", "compared to last year"), which is the author's narration: these verbs cue a claim
 * only when a quoted label follows their object (3-cues/naming.ts).
 */
import type { CueClass } from '../types';
import { lazySet, type LazySet } from './lazy';

/** Lemma and class of each verb that reports only with a quoted label. */
export const NAMING_VERBS: readonly (readonly [string, CueClass])[] = [
  ['dub', 'neutral'],
  ['term', 'neutral'],
  ['label', 'neutral'],
  ['nickname', 'neutral'],
  ['compare', 'neutral'],
  ['liken', 'neutral'],
  // A brand is a stigma: the verb frames the speaker's label as an attack.
  ['brand', 'loaded'],
];

/**
 * Lemmas whose claim is an object and its quoted label, the quotation anywhere in the object's
 * reach and the claim ending with it: the naming verbs and "call" ("called the plan 'reckless'"),
 * which also takes a clause or a quote of its own.
 */
export const LABEL_LEMMAS: LazySet<string> = lazySet(() => [
  'call',
  ...NAMING_VERBS.map(([lemma]) => lemma),
]);
