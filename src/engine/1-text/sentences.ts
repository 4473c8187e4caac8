/**
 * Stage 3: group a block's tokens into sentences. A period after an abbreviation or an initial does
 * not end a sentence, and nothing inside a quotation does: a quote of three sentences followed by
 * "he said" is one attribution unit.
 */
import { VERB_FORMS } from '../lexicon/verbs';
import { abbreviationClass, SENTENCE_OPENERS } from '../lexicon/abbreviations';
import { quoteAt, type Quote } from '../2-quotes/quotes';
import type { Token } from './tokenize';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** A sentence as a token range `[from, to)` of its block. */
export interface Sentence {
  from: number;
  to: number;
}

const TERMINATORS = lazySet(() => ['.', '!', '?', '\u2026']);

/** `TERMINATORS` as a token's bit (a mark's lower form is its text): asked of every mark. */
const TERMINATOR_CLASS = tokenClass(TERMINATORS);
const CLOSING_QUOTES = lazySet(() => ['"', '\u201d', '\u00bb', '\u2019', "'"]);
const OPENING_QUOTES = lazySet(() => ['"', '\u201c', '\u00ab', '\u201e', '\u2018', "'"]);

function isAbbreviation(word: Token | undefined): boolean {
  if (word === undefined || !word.isWord) return false;
  // "US" looks up as "u.s" but has no period of its own: "in the US. It" ends a sentence.
  if (abbreviationClass(word.lower) !== null)
    return word.text.includes('.') || !word.lower.includes('.');
  // Initials ("Robert M. Danin"), dotted acronyms ("U.S.") and a party tag's state initial
  // ("R-W.Va.").
  return (
    (word.text.length === 1 && word.cap) ||
    word.text.includes('.') ||
    /^[DRI]-[A-Z]$/.test(word.text)
  );
}

/**
 * Does the period after the abbreviation `word` end the sentence before `next`? Never after a
 * title ("Gov. Reed"), nor after a month before its day ("Nov. 6"); after a name's suffix, an
 * initial or an acronym only when a sentence opener follows ("joined the U.S. The ...").
 */
function abbreviationEnds(word: Token, next: Token | undefined): boolean {
  if (next === undefined) return true;
  const kind = abbreviationClass(word.lower);
  if (kind === 'title') return false;
  if (kind === 'month' && /^\d/.test(next.text)) return false;
  return SENTENCE_OPENERS.has(next.lower);
}

function startsSentence(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (!token.isWord)
    return OPENING_QUOTES.has(token.text) || token.text === '(' || token.text === '[';
  return token.cap || /\d/.test(token.text[0] ?? '');
}

/**
 * "Forte said", "Tom Forte told reporters", "she added": a speaker and a reporting verb; the
 * name may carry an appositive set off by commas ("Tom Forte, the former director, said").
 */
function attributionFollows(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + ATTRIBUTION_REACH); j += 1) {
    const t = tokens[j];
    if (t?.text === ',' && j > k && tokens[k]?.cap === true) return appositiveThenVerb(tokens, j);
    // "Mr. Kerry asked", "John F. Kennedy said": the period of a title or an initial in the name.
    if (t?.text === '.' && j > k && nameAbbreviation(tokens[j - 1])) continue;
    if (t === undefined || !t.isWord) return false;
    if (j > k && VERB_FORMS.has(t.lower)) return true;
    if (!t.cap && !(j === k && PRONOUNS.has(t.lower))) return false;
  }
  return false;
}

/**
 * How many tokens a speaker's name and its verb may take after a quoted question: "Prime Minister
 * Ann Lee said", "Mr. John Kerry asked".
 */
const ATTRIBUTION_REACH = 6;

/** A title ("Mr", "Gov") or a capital initial ("F") whose period stays inside a name. */
function nameAbbreviation(word: Token | undefined): boolean {
  if (word === undefined || !word.isWord || !word.cap) return false;
  return abbreviationClass(word.lower) === 'title' || word.text.length === 1;
}

/** How many tokens an appositive between a speaker's name and its verb may run to. */
const APPOSITIVE_REACH = 16;

/** ", the former director, said": an appositive from the comma at `comma`, then a reporting verb. */
function appositiveThenVerb(tokens: readonly Token[], comma: number): boolean {
  const end = Math.min(tokens.length - 1, comma + APPOSITIVE_REACH);
  for (let j = comma + 2; j < end; j += 1) {
    const t = tokens[j];
    if (t === undefined || TERMINATORS.has(t.text)) return false;
    if (t.text === ',') return VERB_FORMS.has(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

const PRONOUNS = lazySet(() => ['he', 'she', 'they', 'we', 'i']);

const DASHES = lazySet(() => ['-', '\u2013', '\u2014']);

/** A word in capitals throughout ("WASHINGTON", "LOS"), not a one-letter word. */
function allCaps(t: Token): boolean {
  return t.isWord && t.text.length > 1 && t.cap && t.text === t.text.toUpperCase();
}

/**
 * Where a dateline ends: "WASHINGTON (Reuters) — ", "ST. LOUIS, Mo. (AP) — ", "(CNN)". The
 * place and the wire are no part of the first sentence: no speaker, no claim.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  let k = 0;
  let caps = 0;
  for (; k < Math.min(tokens.length, 8); k += 1) {
    const t = tokens[k];
    if (t === undefined) break;
    if (allCaps(t)) caps += 1;
    else if (t.text === '.' || t.text === ',') continue;
    // "ST. LOUIS, Mo.": a state after the comma.
    else if (!(t.cap && caps > 0 && tokens[k - 1]?.text === ',')) break;
  }
  if (caps === 0) k = 0;
  let wire = false;
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close < k + 5 && tokens[close]?.cap === true) close += 1;
    if (close === k + 1 || tokens[close]?.text !== ')') return 0;
    wire = true;
    k = close + 1;
  }
  let dashes = 0;
  while (dashes < 2 && DASHES.has(tokens[k]?.text ?? '')) {
    dashes += 1;
    k += 1;
  }
  // "(CNN)President ...": a wire tag alone opens the text; a place needs its dash.
  const dated = dashes > 0 ? caps > 0 || wire : caps === 0 && wire;
  return dated && k < tokens.length && startsSentence(tokens[k]) ? k : 0;
}

/** "(051910.SE)", "(6895.TO)": the period inside a stock ticker, between digits and an exchange code. */
function tickerDot(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (dot?.text !== '.' || prev === undefined || next === undefined) return false;
  const touching = prev.end === dot.start && next.start === dot.end;
  return touching && /^\d+$/.test(prev.text) && /^[A-Z]{1,4}$/.test(next.text);
}

/**
 * "the ID. SPACE ROVER is": a period between words in capitals, with two more after it, is part of
 * a name written in capitals (a product or a brand), not a sentence's end.
 */
function capitalsName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (prev === undefined || next === undefined || after === undefined) return false;
  return prev.end === tokens[i]?.start && allCaps(prev) && allCaps(next) && allCaps(after);
}

/** Split a block's tokens into sentences, never inside a quotation. */
export function splitSentences(tokens: readonly Token[], quotes: readonly Quote[]): Sentence[] {
  const inQuote = (offset: number): boolean => {
    const q = quoteAt(quotes, offset);
    return q !== undefined && offset > q.start && offset < q.end - (q.unclosed ? 0 : 1);
  };
  const sentences: Sentence[] = [];
  let from = datelineEnd(tokens);
  if (from > 0) sentences.push({ from: 0, to: from });
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    // Terminators are punctuation tokens: words need no table look-up.
    if (token === undefined || token.isWord || !inClass(token, TERMINATOR_CLASS)) continue;
    let last = i;
    // A closing quote right after the terminator belongs to this sentence.
    const after = tokens[i + 1];
    if (after !== undefined && CLOSING_QUOTES.has(after.text) && after.start === token.end) {
      last = i + 1;
      // "transparency.’’ Critically" (or .''): a closing double mark typed as two single ones.
      const second = tokens[i + 2];
      const single = after.text === '\u2019' || after.text === "'";
      if (single && second?.text === after.text && second.start === after.end) last = i + 2;
    }
    const quoted = last === i && inQuote(token.start);
    if (quoted) continue;
    // "(Lee admits it was late.) The film ...": a parenthesis closed right after the terminator
    // ends the sentence with it.
    const paren = tokens[last + 1];
    if (paren?.text === ')' && paren.start === tokens[last]?.end) last += 1;
    if (last === i + 1 && quoteAt(quotes, tokens[last]?.start ?? -1)?.end !== tokens[last]?.end) {
      if (inQuote(token.start)) continue;
    }
    if (tickerDot(tokens, i) || capitalsName(tokens, i)) continue;
    const numberSign = tokens[i - 1]?.lower === 'no' && !/^\d/.test(tokens[last + 1]?.text ?? '');
    const word = tokens[i - 1];
    if (token.text === '.' && word !== undefined && isAbbreviation(word) && !numberSign) {
      const next = tokens[last + 1];
      // "... U.S. Games Systems, Inc. “We have prevailed," a quotation opens a new sentence.
      const opensQuote = next !== undefined && OPENING_QUOTES.has(next.text) && next.text !== "'";
      if (!opensQuote && !abbreviationEnds(word, next)) continue;
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
