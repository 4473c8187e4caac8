/**
 * Tagger rules for adjectives that their place disguises: a common adjective capitalised only
 * because it opens the sentence, and an adjective written after the noun it modifies.
 */
import { isPastWord, VERB_ONLY_S_FORMS, type Tag } from '../lexicon/pos';
import { OPENING_ADJECTIVES, POSTPOSED_ADJECTIVES } from '../lexicon/modifiers';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** `POSTPOSED_ADJECTIVES` as a token's bit: `postposedAdjective` is asked of every token the tagger reads as a verb. */
const POSTPOSED_CLASS = tokenClass(POSTPOSED_ADJECTIVES);
import type { Token } from './tokenize';

/**
 * "Early results, published in Science, showed", "New views of the planet show": a sentence's
 * capitalised first word that the lexicon knows as a common adjective, before a lower-case word
 * that is no past form or verb-only "-s" form, modifies that word; it is not a name, and the
 * plural after it is the subject's head, not a verb. "Young said" keeps its name: "said" is a past.
 */
export function openingAdjective(t: Token, next: Token | undefined): boolean {
  if (!t.cap || !OPENING_ADJECTIVES.has(t.lower)) return false;
  if (next === undefined || !next.isWord || next.cap) return false;
  const w = next.lower;
  return !isPastWord(w) && !VERB_ONLY_S_FORMS.has(w);
}

/**
 * "The managers present said", "officials involved said": a postposed adjective between a plural
 * noun and a verb modifies the noun; two finite verbs do not follow each other.
 */
export function postposedAdjective(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
): boolean {
  const t = tokens[i];
  if (t === undefined || t.cap || tags[i] !== 'verb' || !inClass(t, POSTPOSED_CLASS)) return false;
  const prev = tags[i - 1];
  if (prev !== 'noun' && prev !== 'name') return false;
  if (!/[^s']s$/.test(tokens[i - 1]?.lower ?? '')) return false;
  const next = tags[i + 1];
  return next === 'verb' || next === 'aux';
}
