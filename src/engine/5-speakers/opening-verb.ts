/**
 * Stage 7a: "Replied Stephen, with some delicacy, ...", "Ask Damien Chazelle what ...": a verb
 * opening a sentence, inverted before its subject or as an imperative, takes the sentence's capital
 * and sits against the name that follows. Read as one capitalised run it makes "Replied Stephen" a
 * person, to whom every later "Stephen" then goes. A name keeps its capital inside a sentence too,
 * so a verb form that is no given name and that the article never capitalises there is the verb.
 */
import type { BlockModel } from '../1-text/model';
import { isFirstName } from '../lexicon/gender';
import { COMMON_VERB_FORMS } from '../lexicon/pos';
import { VERB_FORMS } from '../lexicon/verbs';
import { opensSentence } from './opening-caps';

/** A form of a verb the lexicons know: a reporting verb or one of the frequent verbs. */
function isVerbForm(lower: string): boolean {
  return VERB_FORMS.has(lower) || COMMON_VERB_FORMS.has(lower);
}

/**
 * Is token `i` a verb that opens its sentence before a capitalised word, and no part of a name:
 * no given name, and never capitalised inside a sentence of the article (`caps`)?
 */
export function isOpeningVerb(block: BlockModel, i: number, caps: ReadonlySet<string>): boolean {
  const t = block.tokens[i];
  const next = block.tokens[i + 1];
  if (t === undefined || !t.isWord || !t.cap || next === undefined || !next.isWord || !next.cap)
    return false;
  if (!isVerbForm(t.lower) || isFirstName(t.lower) || caps.has(t.lower)) return false;
  // "ASK ME ANYTHING": a word in capitals throughout is display, not a verb before a name.
  if (t.text === t.text.toUpperCase()) return false;
  return opensSentence(block, i);
}
