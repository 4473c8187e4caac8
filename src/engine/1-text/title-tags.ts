/**
 * Title case hides function words: a headline that capitalises every word ("Mayor Urges Residents
 * To Stay Indoors", "Court Rules In Favor Of Union") gets "To", "In" and "Of" tagged as parts of a
 * name, so a phrase read by tags runs across them and an infinitive or a prepositional object is
 * never seen. In a display block's title-case sentence a capitalised short function word after
 * its first word takes the tag it has in running text.
 */
import { CLOSED_CLASS, type Tag } from '../lexicon/pos';
import { TITLE_CASE_MINOR } from '../lexicon/display';
import type { Sentence } from './sentences';
import type { Token } from './tokenize';

/** Display sentences longer than this are prose, not headline case. */
const MAX_TITLE_TOKENS = 40;

/**
 * Is the sentence title case: every unquoted word capitalised but short function words and
 * numbers, and at least three capitals?
 */
export function isTitleCaseSpan(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  sentence: Sentence,
): boolean {
  if (sentence.to - sentence.from > MAX_TITLE_TOKENS) return false;
  let capitals = 0;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const t = tokens[i];
    if (t === undefined || !t.isWord || quoted[i] === true) continue;
    if (t.cap) capitals += 1;
    else if (!TITLE_CASE_MINOR.has(t.lower) && !/^\d/.test(t.text)) return false;
  }
  return capitals >= 3;
}

/** Retag, in place, the capitalised function words of a display block's title-case sentences. */
export function retagTitleCase(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  sentences: readonly Sentence[],
  tags: Tag[],
): void {
  for (const s of sentences) {
    if (!isTitleCaseSpan(tokens, quoted, s)) continue;
    for (let i = s.from + 1; i < s.to; i += 1) {
      const t = tokens[i];
      if (t === undefined || !t.cap || quoted[i] === true || tags[i] !== 'name') continue;
      // "To", "Of", "In": a minor word written with a capital only because of the style.
      if (t.text !== t.text[0] + t.lower.slice(1) || !TITLE_CASE_MINOR.has(t.lower)) continue;
      const tag = CLOSED_CLASS.get(t.lower);
      if (tag !== undefined) tags[i] = tag;
    }
  }
}
