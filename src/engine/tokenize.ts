/**
 * Stage 1: split block text into word and punctuation tokens that keep their offsets, so every
 * later stage can report spans into the original text. One linear pass, no regex over the text.
 */

/** A word or punctuation mark with its place in the block text. */
export interface Token {
  text: string;
  /** Lower-cased text with curly apostrophes and soft hyphens normalised, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch === '\u00ad' || LETTER_OR_DIGIT.test(ch));
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Characters that may sit inside a word when flanked by word characters ("don't", "U.S", "3,600"). */
function joinsWord(text: string, i: number): boolean {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (!isWordChar(prev) || !isWordChar(next)) return false;
  if (ch === "'" || ch === '\u2019' || ch === '-' || ch === '\u2011') return true;
  if (ch === ',') return isDigit(prev) && isDigit(next);
  if (ch === '.')
    return (isDigit(prev) && isDigit(next)) || (!isDigit(prev) && text[i + 2] === '.');
  return false;
}

function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/\u2019/g, "'");
}

/** Tokenize one block of text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (isWordChar(ch)) {
      const start = i;
      i += 1;
      while (i < text.length && (isWordChar(text[i]) || joinsWord(text, i))) i += 1;
      const word = text.slice(start, i);
      tokens.push({
        text: word,
        lower: normalise(word),
        start,
        end: i,
        isWord: true,
        cap: UPPER.test(word[0] ?? ''),
      });
      continue;
    }
    tokens.push({ text: ch, lower: ch, start: i, end: i + 1, isWord: false, cap: false });
    i += 1;
  }
  return tokens;
}
