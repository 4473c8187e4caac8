/**
 * "sources who spoke with her said", "officials who met her told reporters": "her" is both a
 * possessive and an object pronoun. Before a reporting verb's past ("said", "told", "wrote") that
 * is not itself followed by a verb, it is the object of the verb before it and the past form is
 * the sentence's own verb; no possessive stands before a bare past tense of saying.
 */
import { lazySet } from '../lexicon/lazy';
import type { Tag } from '../lexicon/pos';
import type { Token } from './tokenize';

/** Pasts of saying that never head a noun phrase after a possessive ("her said" is no noun). */
const SAYING_PASTS = lazySet(() => ['said', 'told', 'wrote', 'added', 'explained', 'recalled']);

/** Tags after the past form that make it a modifier ("her said remarks were"), not a verb. */
const VERB_NEXT = lazySet<Tag>(() => ['verb', 'aux']);

/** Is the verb form at `i` a past of saying whose "her" before it is an object pronoun? */
export function pastAfterObjectHer(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
): boolean {
  if (tokens[i - 1]?.lower !== 'her' || !SAYING_PASTS.has(tokens[i]?.lower ?? '')) return false;
  return !VERB_NEXT.has(tags[i + 1] ?? 'punct');
}
