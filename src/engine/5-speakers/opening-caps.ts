/**
 * Stage 5d: a capital that only the start of a sentence gives. "Currently, scientists ... said",
 * "Malnutrition condemns millions ...", "Good luck and hope to see you": the tagger reads an
 * unknown capitalised word opening a sentence as a name, and the resolver then makes it a source.
 * A name keeps its capital inside a sentence too, so a lone word the article never capitalises
 * there, and that no lexicon knows as a source, is an ordinary word and names nobody.
 */
import type { BlockModel } from '../1-text/model';
import { isDisplayKind } from '../1-text/display';
import { isFirstName } from '../lexicon/gender';
import { isDocumentWord, isRoleWord, typeFromHead } from '../lexicon/sources';
import { GROUP_NOUNS } from '../lexicon/groups';
import { ABSTRACT_NOUN_SUFFIXES, isLyAdverb, PLAIN_ADJECTIVES } from '../lexicon/pos';
import { SENTENCE_ADVERBS } from '../lexicon/phrase-words';
import type { NounPhrase } from './phrase';

/**
 * The lower-cased words the article writes with a capital after the first word of a sentence, in
 * running text: headlines and crossheads capitalise words for display, which proves nothing.
 */
export function midSentenceCaps(models: readonly BlockModel[]): Set<string> {
  const caps = new Set<string>();
  for (const block of models) {
    if (isDisplayKind(block.kind)) continue;
    for (const s of block.sentences) {
      let first = s.from;
      while (first < s.to && block.tokens[first]?.isWord === false) first += 1;
      for (let i = first + 1; i < s.to; i += 1) {
        const t = block.tokens[i];
        if (t !== undefined && t.cap && t.isWord && !openerAfterQuote(block, i)) caps.add(t.lower);
      }
    }
  }
  return caps;
}

/** Does a word follow an opening quotation mark, where a quoted sentence starts with a capital? */
function openerAfterQuote(block: BlockModel, i: number): boolean {
  const prev = block.tokens[i - 1];
  return (
    prev !== undefined && !prev.isWord && block.quoted[i] === true && block.quoted[i - 1] !== true
  );
}

/**
 * Is the word's form that of an ordinary word, which a name's seldom is: an adverb in "-ly"
 * ("Currently") or an abstract noun ("Malnutrition", "Evolution")? Only such a word's capital is
 * put down to the sentence's start; a one-off name ("Dresden said") keeps it.
 */
function commonWordForm(w: string): boolean {
  if (isLyAdverb(w)) return true;
  return ABSTRACT_NOUN_SUFFIXES().some(
    (suffix) => w.length > suffix.length + 2 && w.endsWith(suffix),
  );
}

/**
 * "Overall, ...", "Similar issues were reported": a word the lexicons know as a sentence adverb or
 * a plain adjective, or one that stands before a lower-case noun it modifies, where a name would
 * stand before its verb. Read on its own, such a word's phrase ends at it and names no one.
 */
function modifierForm(block: BlockModel, i: number): boolean {
  const w = block.tokens[i]?.lower ?? '';
  if (SENTENCE_ADVERBS.has(w) || PLAIN_ADJECTIVES.has(w)) return true;
  const next = block.tokens[i + 1];
  // A pronoun or a determiner is no name the tagger misread ("He further noted", "His claims"),
  // and a possessive owns the noun after it ("Roe's vow that").
  if (/['\u2019]s$/u.test(w)) return false;
  return (
    (block.tags[i] === 'name' || block.tags[i] === 'adj') &&
    next !== undefined &&
    next.isWord &&
    !next.cap &&
    block.quoted[i + 1] !== true &&
    block.tags[i + 1] === 'noun'
  );
}

/** Is token `i` the first word of its sentence (opening marks aside)? */
export function opensSentence(block: BlockModel, i: number): boolean {
  const sentence = block.sentences.find((s) => s.from <= i && s.to > i);
  if (sentence === undefined) return false;
  for (let k = sentence.from; k < i; k += 1) if (block.tokens[k]?.isWord === true) return false;
  return true;
}

/**
 * Is `np` a lone word whose capital only the sentence's start gives: an ordinary word's form, never
 * capitalised inside a sentence of the article (`caps`), no known first name, and no word the source lexicons know
 * ("Officials said", "Report finds")?
 */
export function onlyOpeningCapital(
  block: BlockModel,
  np: NounPhrase,
  caps: ReadonlySet<string>,
): boolean {
  if (np.to - np.from !== 1) return false;
  const t = block.tokens[np.from];
  if (t === undefined || !t.isWord || !t.cap || caps.has(t.lower)) return false;
  const w = t.lower;
  if (!commonWordForm(w) && !modifierForm(block, np.from)) return false;
  if (isFirstName(w) || isDocumentWord(w) || isRoleWord(w) || GROUP_NOUNS.has(w)) return false;
  if (typeFromHead(w) !== null || t.text === t.text.toUpperCase()) return false;
  return opensSentence(block, np.from);
}
