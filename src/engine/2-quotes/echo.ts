/**
 * Quotations in headlines and standfirsts. "Snopes Fact-Checker David Emery: 'Are There Any
 * Un-Angry Trump Supporters?'" names its speaker before a colon; "Student Dies After Diet Pills
 * 'Burned Her Up From Within'" names none, and its speaker is whoever says those words in the body
 * (headline quotes echo the article's own quotations).
 */
import { isDisplayKind } from '../1-text/display';
import { kindOf, trimContent, wordCount } from '../4-claims/clause';
import { rawOver, type RawAttribution } from '../4-claims/content';
import type { CueHit } from '../3-cues/cues';
import type { BlockModel } from '../1-text/model';
import type { Resolved } from '../6-records/nesting';
import type { Sentence } from '../1-text/sentences';
import { CLOSED_CLASS } from '../lexicon/pos';
import { lazySet } from '../lexicon/lazy';
import { endsWithText } from '../1-text/word-end';

const MAX_NAME = 6;
const COLON_CUE: CueHit = {
  from: 0,
  to: 0,
  info: { lemma: 'say', class: 'neutral', complement: 'any' },
  form: 'verb',
};

/** "Name: 'quote'" in a headline: the capitalised run before the colon says the quotation after. */
export function headlineQuote(block: BlockModel, sentence: Sentence): RawAttribution | null {
  if (!isDisplayKind(block.kind)) return null;
  let colon = -1;
  for (let i = sentence.from + 1; i < sentence.to; i += 1) {
    if (block.tokens[i]?.text === ':' && block.quoted[i] !== true) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const content = trimContent(block, { from: colon + 1, to: sentence.to });
  if (kindOf(block, content) !== 'direct' || wordCount(block, content) < 2) return null;
  let from = colon;
  while (
    from > sentence.from &&
    colon - from < MAX_NAME &&
    block.tokens[from - 1]?.cap === true &&
    block.quoted[from - 1] !== true
  )
    from -= 1;
  // A name, not a one-word label ("Watch:", "Exclusive:"): at least two capitalised words.
  if (colon - from < 2) return null;
  return rawOver(block, content, {
    kind: 'direct',
    cue: { ...COLON_CUE, from: colon, to: colon + 1 },
    speaker: { kind: 'phrase', block: block.index, np: { from, to: colon, appositive: null } },
    clause: { from, to: colon + 1 },
    confidence: 0.6,
  });
}

/**
 * A crude stem: inflection off, then a short prefix ("asked", "asking" → "ask"). The suffix is
 * the longest of "ing", "ed", "es", "s" the word ends with (what `/(?:ing|ed|es|s)$/` removes),
 * found without a regex: this runs on every word of every body record.
 */
function stem(word: string): string {
  const n = word.length;
  let cut = 0;
  if (endsWithText(word, 'ing')) cut = 3;
  else if (endsWithText(word, 'ed') || endsWithText(word, 'es')) cut = 2;
  else if (endsWithText(word, 's')) cut = 1;
  const kept = n - cut >= 3 ? n - cut : n;
  return word.slice(0, Math.min(kept, 5));
}

const WORD_SEPARATORS = /[^\p{L}\p{N}'\u2019]+/u;
const APOSTROPHES = /['\u2019]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Can the UTF-16 unit at `i` (not a surrogate) be part of a word `WORD_SEPARATORS` splits at? */
function wordCharAt(text: string, i: number, code: number): boolean {
  if (code < 128)
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 39
    );
  return code === 0x2019 || WORD_CHAR.test(text[i] ?? '');
}

/** Push the stems of one word as `norm` cuts it (a contraction's short tail left out). */
function pushStems(word: string, out: string[]): void {
  // Most words have no apostrophe: they skip the second split.
  if (!word.includes("'") && !word.includes('\u2019')) {
    if (word.length > 0) out.push(stem(word));
    return;
  }
  const parts = word.split(APOSTROPHES);
  for (let k = 0; k < parts.length; k += 1) {
    const part = parts[k] ?? '';
    if (part.length > (k === 0 ? 0 : 2)) out.push(stem(part));
  }
}

/**
 * Words cut to a crude stem, so "burned" in a headline meets "burning" in the body and "He asked
 * for it" meets "he's asking for it" (a contraction's tail — 's, 't, 're — is left out). The words
 * are the runs between `WORD_SEPARATORS`, found by a scan that asks the Unicode classes only of
 * non-ASCII characters (a regex split asks them of every character); text with a character
 * outside the Basic Multilingual Plane takes the split itself.
 */
export function norm(s: string): string[] {
  const lower = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return normBySplit(lower);
    if (wordCharAt(lower, i, code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      pushStems(lower.slice(start, i), out);
      start = -1;
    }
  }
  if (start >= 0) pushStems(lower.slice(start), out);
  return out;
}

/** `norm` of a lower-cased text by the regex split. */
function normBySplit(lower: string): string[] {
  const out: string[] = [];
  for (const word of lower.split(WORD_SEPARATORS)) pushStems(word, out);
  return out;
}

/** Share of `needle`'s words found in `hay`. */
export function covered(needle: readonly string[], hay: ReadonlySet<string>): number {
  if (needle.length === 0) return 0;
  return needle.filter((w) => hay.has(w)).length / needle.length;
}

/**
 * "doubles down on 'Meth. We're on it.'", "the 'Stay home' campaign": a quotation after a
 * preposition or determiner is a name or term being mentioned, not words being said.
 */
function isMentioned(block: BlockModel, quoteStart: number): boolean {
  const before = block.tokens[block.tokens.findIndex((t) => t.start >= quoteStart) - 1];
  if (before === undefined || !before.isWord) return false;
  const tag = CLOSED_CLASS.get(before.lower);
  return (tag === 'prep' && !INFINITIVE_LINKS.has(before.lower)) || tag === 'det';
}

/** Prepositions that a quoted verb phrase can follow as words said ("told to 'leave now'"). */
const INFINITIVE_LINKS = lazySet(() => ['to', 'like', 'as']);

/**
 * Fewest words a display quote needs to be taken as words said. A crosshead that is nothing but a
 * quotation ("'Rational talks'") is the outlet quoting a speaker below it, not a scare quote inside
 * a sentence, so two words are enough there; elsewhere two quoted words are usually a label.
 */
function minimumWords(block: BlockModel, q: { start: number; end: number }): number {
  const wholeBlock =
    block.text.slice(0, q.start).trim() === '' && block.text.slice(q.end).trim() === '';
  return block.kind === 'crosshead' && wholeBlock ? 2 : 3;
}

/**
 * Records for speakerless quotations of display blocks, each given the speaker of the body record
 * that contains (nearly) the same words. Quotes of one or two words are labels or scare quotes.
 */
export function headlineEchoes(
  models: readonly BlockModel[],
  out: readonly Resolved[],
): Resolved[] {
  const echoes: Resolved[] = [];
  // Built only when a display block has a speakerless quote: most articles have none.
  let bodyCache: Array<{ r: Resolved; words: Set<string> }> | null = null;
  const body = () =>
    (bodyCache ??= out
      .filter((r) => !isDisplayKind(models[r.raw.block]?.kind ?? 'paragraph'))
      .map((r) => {
        const m = models[r.raw.block];
        const text = m === undefined ? '' : m.text.slice(r.raw.start, r.raw.end);
        return { r, words: new Set(norm(text)) };
      }));
  for (const block of models) {
    if (!isDisplayKind(block.kind)) continue;
    for (const q of block.quotes) {
      const taken = out.some(
        (r) => r.raw.block === block.index && r.raw.start < q.innerEnd && r.raw.end > q.innerStart,
      );
      const words = norm(block.text.slice(q.innerStart, q.innerEnd));
      if (taken || words.length < minimumWords(block, q) || isMentioned(block, q.start)) continue;
      const source = body().find((b) => covered(words, b.words) >= 0.75);
      if (source === undefined) continue;
      echoes.push({
        raw: {
          block: block.index,
          start: q.innerStart,
          end: q.innerEnd,
          kind: 'direct',
          cue: null,
          speaker: { kind: 'previous' },
          clause: { from: 0, to: 0 },
          confidence: 0.5,
        },
        speaker: source.r.speaker,
        cue: null,
        mention: null,
        pronoun: false,
      });
    }
  }
  return echoes;
}
