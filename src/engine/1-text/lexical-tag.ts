/**
 * The tag of a word from its spelling alone, before context (stage 1b's first guess). It depends
 * only on the spelling and on whether the word opens a sentence, so the tokenizer asks it twice per
 * distinct spelling and every token carries both answers: the tagger then reads a field per token
 * instead of a memo look-up and a dozen tests.
 */
import {
  ADJECTIVE_SUFFIXES,
  CLOSED_CLASS,
  COMMON_VERB_FORMS,
  isLyAdverb,
  NOUN_SUFFIXES,
  PLAIN_ADJECTIVES,
  SUFFIXED_NOUNS,
  type Tag,
} from '../lexicon/pos';
import { VERB_FORMS } from '../lexicon/verbs';
import { isAgeInFigures } from '../lexicon/sources';

const endsWithAny = (w: string, suffixes: readonly string[]) => suffixes.some((s) => w.endsWith(s));

/** A hyphenated participle whose first part is a word, not a prefix. */
const PARTICIPLE_COMPOUND = /^[a-z]{3,}-[a-z-]*[a-z](?:ed|ing)$/u;

/** The tag of an unknown lower-case word, from its suffix. */
function openTag(w: string): Tag {
  // "didn't", "won't", "isn't": a negated auxiliary or modal, which the lexicon need not list.
  if (w.endsWith("n't")) return 'aux';
  if (isLyAdverb(w)) return 'adv';
  if (endsWithAny(w, NOUN_SUFFIXES()) || SUFFIXED_NOUNS.has(w)) return 'noun';
  if (PLAIN_ADJECTIVES.has(w)) return 'adj';
  if (endsWithAny(w, ADJECTIVE_SUFFIXES())) return 'adj';
  // "often-repeated", "long-awaited", "fast-growing": a participle compounded with a word before
  // it modifies a noun; a short prefix ("re-elected", "co-founded") leaves it a verb.
  if (PARTICIPLE_COMPOUND.test(w)) return 'adj';
  if (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing'))) return 'verb';
  return 'noun';
}

/**
 * The tag of the word spelled `text` (lexicon form `lower`, capitalised if `cap`) from the word
 * alone, opening a sentence (`sentenceStart`) or not. Called by the tokenizer once per spelling and
 * place; the tagger reads the answers from each token (`Token.tag`, `Token.openingTag`).
 */
export function lexicalTag(text: string, lower: string, cap: boolean, sentenceStart: boolean): Tag {
  const code = text.charCodeAt(0);
  // "The 37-year-old said": an age is a noun the verb after it has for its subject.
  if (code >= 48 && code <= 57) return isAgeInFigures(lower) ? 'noun' : 'num';
  const w = lower;
  const closed = CLOSED_CLASS.get(w);
  // "I" is written with a capital everywhere: mid-sentence it is still the pronoun, not a name.
  if (closed !== undefined && (!cap || sentenceStart || closed === 'time' || w === 'i'))
    return closed;
  if (w === 'that') return 'rel';
  const open = openTag(w);
  // "Didn't", "Won't": a negated auxiliary is never a name, capitalised or not.
  if (open === 'aux') return 'aux';
  if (cap && !sentenceStart) return 'name';
  // A naming verb ("label", "terms", "brand") is far more often a noun; its cue checks its own use.
  const verb = (VERB_FORMS.get(w)?.complement ?? 'quote') !== 'quote' || COMMON_VERB_FORMS.has(w);
  if (verb) return 'verb';
  // A capital at the start of a sentence: a name unless the word is a known common word.
  if (cap) return 'name';
  return open;
}
