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
  /** The bits of the registered lexicon tables holding `lower` (lexicon/token-classes.ts). */
  classes: number;
  /** Its tag from the word alone inside a sentence, before context (`lexical-tag.ts`). */
  tag: Tag;
  /** The same when the word opens a sentence. */
  openingTag: Tag;
}

import type { Tag } from '../lexicon/pos';
import { lexicalTag } from './lexical-tag';

import { VERB_FORMS } from '../lexicon/verbs';
import { ACRONYM_FORMS } from '../lexicon/words';
import { markForms, wordFormsIn } from '../lexicon/token-classes';

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // ASCII fast path: most page text is ASCII, and the Unicode class test is the hot spot.
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return ch === '\u00ad' || LETTER_OR_DIGIT.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Characters that may sit inside a word when flanked by word characters ("don't", "U.S", "3,600"). */
function joinsWord(text: string, i: number): boolean {
  // Only these six characters ever join: the rest (mostly spaces after a word) end it at once.
  const code = text.charCodeAt(i);
  if (
    code !== 39 &&
    code !== 0x2019 &&
    code !== 45 &&
    code !== 0x2011 &&
    code !== 44 &&
    code !== 46
  )
    return false;
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
  // A word of ASCII lower-case letters and digits is its own normal form. Checked by hand because
  // page text with one curly quote is stored two bytes a character, and there toLowerCase always
  // takes its slow path and copies, for every word.
  let plain = true;
  for (let i = 0; i < word.length && plain; i += 1) {
    const code = word.charCodeAt(i);
    plain = code < 128 && (code < 65 || code > 90);
  }
  if (plain) return word;
  let lower = word.toLowerCase();
  if (lower.includes('\u00ad')) lower = lower.replace(/\u00ad/g, '');
  if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
  return lower;
}

/**
 * The lexicon form of a spelled word. `ACRONYM_FORMS` first ("US" is "u.s"), then `normalise`; a
 * word of ASCII lower-case letters and digits is its own form (no acronym key is one).
 */
function lowerForm(word: string): string {
  return ACRONYM_FORMS.get(word) ?? normalise(word);
}

/** A word token for `text[a, b)`. */
function wordToken(text: string, a: number, b: number): Token {
  const f = wordFormsIn(text, a, b, lowerForm, isUpper, lexicalTag);
  return {
    text: f.text,
    lower: f.lower,
    start: a,
    end: b,
    isWord: true,
    cap: f.cap,
    classes: f.classes,
    tag: f.tag,
    openingTag: f.openingTag,
  };
}

/**
 * Does the word start with a capital? ASCII answered directly, the rest by the Unicode class. An
 * Arabic name's article ("al-Hariri", "el-Sisi") is written lower-case, yet the word is a name.
 */
function isUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || articledName(word, code);
  return UPPER.test(word[0] ?? '');
}

/** "al-Hariri", "el-Sisi": the article "al"/"el", a hyphen, then a capital. */
function articledName(word: string, code: number): boolean {
  if ((code !== 97 && code !== 101) || word.charCodeAt(1) !== 108 || word.charCodeAt(2) !== 45)
    return false;
  const next = word.charCodeAt(3);
  return next >= 65 && next <= 90;
}

/** Whitespace as `\s` defines it, with an ASCII fast path (this runs once per character). */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}

/** `isWordChar(text[i])` without making a one-character string for the common ASCII case. */
function wordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return isWordChar(text[i]);
}

/** Tokenize one block of text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ASCII space and control whitespace answered here: this runs once per character.
    if (code === 32 || (code >= 9 && code <= 13)) {
      i += 1;
      continue;
    }
    const ch = text[i] ?? '';
    if (code >= 128 && isSpace(ch)) {
      i += 1;
      continue;
    }
    // "@skyfan22": an at-sign glued to a word, and not inside an e-mail address, opens a user name.
    const handle = code === 64 && wordCharAt(text, i + 1) && !(i > 0 && wordCharAt(text, i - 1));
    if (handle || wordCharAt(text, i)) {
      const start = i;
      // While scanning, note what `gluedAt` would look for, so it need not read the word again:
      // its first capital from the fourth letter on.
      let upperAt = -1;
      i += 1;
      while (i < n) {
        const c = text.charCodeAt(i);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
          i += 1;
          continue;
        }
        if (c >= 65 && c <= 90) {
          if (upperAt < 0 && i >= start + 3) upperAt = i;
          i += 1;
          continue;
        }
        if (c < 128 ? !joinsWord(text, i) : !(wordCharAt(text, i) || joinsWord(text, i))) break;
        i += 1;
      }
      // `gluedAt`: a lower-case reporting verb glued to a capitalised word.
      const glue =
        code >= 97 && code <= 122 && upperAt >= 0 && upperAt < i - 1
          ? VERB_FORMS.has(text.slice(start, upperAt).toLowerCase())
            ? upperAt
            : -1
          : -1;
      if (glue === -1) tokens.push(wordToken(text, start, i));
      else tokens.push(wordToken(text, start, glue), wordToken(text, glue, i));
      continue;
    }
    const f = markForms(ch);
    tokens.push({
      text: f.text,
      lower: f.lower,
      start: i,
      end: i + 1,
      isWord: false,
      cap: false,
      classes: f.classes,
      tag: f.tag,
      openingTag: f.openingTag,
    });
    i += 1;
  }
  return tokens;
}
