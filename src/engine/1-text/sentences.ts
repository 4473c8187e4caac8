/**
 * Stage 3: group a block's tokens into sentences. A period after an abbreviation or an initial does
 * not end a sentence, and nothing inside a quotation does: a quote of three sentences followed by
 * "he said" is one attribution unit.
 */
import { VERB_FORMS } from '../lexicon/verbs';
import { ABBREVIATIONS } from '../lexicon/words';
import { quoteAt, type Quote } from '../2-quotes/quotes';
import type { Token } from './tokenize';
import { lazySet } from '../lexicon/lazy';

/** A sentence as a token range `[from, to)` of its block. */
export interface Sentence {
  from: number;
  to: number;
}

const TERMINATORS = lazySet(() => ['.', '!', '?', '\u2026']);
const CLOSING_QUOTES = lazySet(() => ['"', '\u201d', '\u00bb', '\u2019', "'"]);
const OPENING_QUOTES = lazySet(() => ['"', '\u201c', '\u00ab', '\u201e', '\u2018', "'"]);

const SENTENCE_OPENERS = lazySet(() => [
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'but',
  'and',
  'in',
  'on',
  'at',
  'this',
  'that',
  'there',
  'his',
  'her',
  'their',
  'its',
  'as',
  'for',
  'if',
  'when',
  'while',
  'after',
  'some',
  'many',
  'officials',
]);

function isAbbreviation(word: Token | undefined): boolean {
  if (word === undefined || !word.isWord) return false;
  if (ABBREVIATIONS.has(word.lower)) return true;
  // Initials ("Robert M. Danin") and dotted acronyms ("U.S.").
  return (word.text.length === 1 && word.cap) || word.text.includes('.');
}

function startsSentence(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (!token.isWord)
    return OPENING_QUOTES.has(token.text) || token.text === '(' || token.text === '[';
  return token.cap || /\d/.test(token.text[0] ?? '');
}

/** "Forte said", "Tom Forte told reporters", "she added": a speaker and a reporting verb. */
function attributionFollows(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j += 1) {
    const t = tokens[j];
    if (t === undefined || !t.isWord) return false;
    if (j > k && VERB_FORMS.has(t.lower)) return true;
    if (!t.cap && !(j === k && PRONOUNS.has(t.lower))) return false;
  }
  return false;
}

const PRONOUNS = lazySet(() => ['he', 'she', 'they', 'we', 'i']);

/** Split a block's tokens into sentences, never inside a quotation. */
export function splitSentences(tokens: readonly Token[], quotes: readonly Quote[]): Sentence[] {
  const inQuote = (offset: number): boolean => {
    const q = quoteAt(quotes, offset);
    return q !== undefined && offset > q.start && offset < q.end - (q.unclosed ? 0 : 1);
  };
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    // Terminators are punctuation tokens: words need no table look-up.
    if (token === undefined || token.isWord || !TERMINATORS.has(token.text)) continue;
    let last = i;
    // A closing quote right after the terminator belongs to this sentence.
    const after = tokens[i + 1];
    if (after !== undefined && CLOSING_QUOTES.has(after.text) && after.start === token.end)
      last = i + 1;
    const quoted = last === i && inQuote(token.start);
    if (quoted) continue;
    if (last === i + 1 && quoteAt(quotes, tokens[last]?.start ?? -1)?.end !== tokens[last]?.end) {
      if (inQuote(token.start)) continue;
    }
    const numberSign = tokens[i - 1]?.lower === 'no' && !/^\d/.test(tokens[last + 1]?.text ?? '');
    if (token.text === '.' && isAbbreviation(tokens[i - 1]) && !numberSign) {
      const next = tokens[last + 1];
      // "in the U.S. The" vs "D.A. Davidson": after a dotted acronym only a function word splits.
      // "... U.S. Games Systems, Inc. “We have prevailed," a quotation opens a new sentence.
      const opensQuote = next !== undefined && OPENING_QUOTES.has(next.text) && next.text !== "'";
      if (
        !opensQuote &&
        !(
          tokens[i - 1]?.text.includes('.') &&
          next !== undefined &&
          SENTENCE_OPENERS.has(next.lower)
        )
      )
        continue;
    }
    if (last + 1 < tokens.length && !startsSentence(tokens[last + 1])) continue;
    // '"Is it over?" Forte said.': a quoted question or exclamation and its attribution.
    if (last === i + 1 && token.text !== '.' && attributionFollows(tokens, last + 1)) continue;
    sentences.push({ from, to: last + 1 });
    from = last + 1;
    i = last;
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length });
  return sentences;
}
