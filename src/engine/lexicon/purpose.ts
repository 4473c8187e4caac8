/**
 * Purpose phrases that carry the main subject's hope or fear: "set up a wallet, with the hope
 * that users might chip in", "sought his help in the hope he will agree", "refused, for fear that
 * he would demand more". Each entry: the noun, and the word sequences that may stand before it.
 * Only with a clause after them are they claims ("in the hope of winning" states no belief):
 * 3-cues/purpose-stance.ts.
 */
import { lazyMap, type LazyMap } from './lazy';

/** A purpose noun's lemma and the words that may lead up to it, nearest last. */
export interface PurposeNoun {
  lemma: string;
  leads: readonly (readonly string[])[];
}

// prettier-ignore
export const PURPOSE_NOUNS: LazyMap<string, PurposeNoun> = lazyMap<string, PurposeNoun>(() => [
  ['hope', { lemma: 'hope', leads: [['in', 'the'], ['with', 'the']] }],
  ['hopes', { lemma: 'hope', leads: [['in', 'the'], ['in'], ['with', 'the']] }],
  ['fear', { lemma: 'fear', leads: [['for']] }],
]);
