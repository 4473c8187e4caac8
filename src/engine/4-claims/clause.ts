/**
 * Helpers over token ranges of a sentence: counting words, trimming punctuation and "that" from a
 * content range, and measuring how much of a range is quoted. Shared by the pattern stages.
 */
import type { BlockModel } from '../1-text/model';
import type { AttributionKind } from '../types';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';
import type { Tag } from '../lexicon/pos';

/** A token range `[from, to)` in one block. */
export interface Range {
  from: number;
  to: number;
}

const LEADING_JUNK = lazySet(() => [',', ':', ';', '\u2014', '\u2013', '-', 'that', '.', ')']);

/** `LEADING_JUNK` as a token's bit: `trimContent` asks it of the first tokens of every claim. */
const LEADING_JUNK_CLASS = tokenClass(LEADING_JUNK);
// A claim never ends on a conjunction: "police say the man fled while" lost its second clause to another speaker.
// prettier-ignore
const TRAILING_JUNK = lazySet(() => [
  ',', ':', ';', '\u2014', '\u2013', '-', '(', 'and', 'but', 'or', 'while', 'whereas', 'although', 'though',
  'because', 'as', 'with',
]);

/** `TRAILING_JUNK` as a token's bit: `trimContent` asks it of the last tokens of every claim. */
const TRAILING_JUNK_CLASS = tokenClass(TRAILING_JUNK);
const QUOTE_MARKS = lazySet(() => [
  '"',
  '\u201c',
  '\u201d',
  '\u00ab',
  '\u00bb',
  '\u201e',
  '\u2018',
  '\u2019',
  "'",
]);

/** Number of word tokens in a range. */
export function wordCount(block: BlockModel, r: Range): number {
  let n = 0;
  for (let i = r.from; i < r.to; i += 1) if (block.tokens[i]?.isWord === true) n += 1;
  return n;
}

/** Tags of a finite verb right after a demonstrative subject ("that is", "that won"). */
const FINITE_TAGS = lazySet<Tag>(() => ['aux', 'verb']);

/**
 * Strip connecting punctuation and a leading complementizer "that" from a content range — not a
 * demonstrative "that" right before its verb, which is the claim's subject.
 */
export function trimContent(block: BlockModel, r: Range): Range {
  let { from, to } = r;
  while (from < to) {
    const t = block.tokens[from];
    if (t === undefined || block.quoted[from] === true || !inClass(t, LEADING_JUNK_CLASS)) break;
    // "That is the plan, the mayor said": a "that" before its verb is the claim's subject.
    if (t.lower === 'that' && FINITE_TAGS.has(block.tags[from + 1] ?? 'punct')) break;
    from += 1;
  }
  while (to > from) {
    const t = block.tokens[to - 1];
    if (t === undefined || block.quoted[to - 1] === true || !inClass(t, TRAILING_JUNK_CLASS)) break;
    to -= 1;
  }
  return { from, to };
}

/** Is token i a quotation mark? */
export function isQuoteMark(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  return t !== undefined && !t.isWord && QUOTE_MARKS.has(t.text);
}

/**
 * Does a quotation open at token `i`, after unquoted text, with words that are not all
 * capitalised? 'said "We will ..."' opens a statement; 'a poem called "Winter Solstice"' a title.
 */
export function opensStatement(block: BlockModel, i: number): boolean {
  if (!isQuoteMark(block, i) || block.quoted[i - 1] === true || block.quoted[i + 1] !== true)
    return false;
  for (let k = i + 1; k < block.tokens.length && block.quoted[k] === true; k += 1) {
    const t = block.tokens[k];
    if (t !== undefined && t.isWord && !t.cap) return true;
  }
  return false;
}

/** Direct, mixed or indirect by how many of the range's words are quoted. */
export function kindOf(block: BlockModel, r: Range): AttributionKind {
  let words = 0;
  let quoted = 0;
  for (let i = r.from; i < r.to; i += 1) {
    if (block.tokens[i]?.isWord !== true) continue;
    words += 1;
    if (block.quoted[i] === true) quoted += 1;
  }
  if (quoted === 0) return 'indirect';
  return quoted === words ? 'direct' : 'mixed';
}

/** Character span of a token range, with the marks of a wholly quoted range left out. */
export function charSpan(block: BlockModel, r: Range): { start: number; end: number } {
  const first = block.tokens[r.from];
  const last = block.tokens[r.to - 1];
  if (first === undefined || last === undefined) return { start: 0, end: 0 };
  let start = first.start;
  let end = last.end;
  const q = block.quotes.find((x) => x.start <= start && x.end >= end);
  if (q !== undefined && kindOf(block, r) === 'direct') {
    start = Math.max(start, q.innerStart);
    end = Math.min(end, q.innerEnd);
  }
  while (start < end && /\s/.test(block.text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(block.text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** The quotations inside a character span, clipped to it. */
export function quotesIn(
  block: BlockModel,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  return block.quotes
    .filter((q) => q.innerEnd > start && q.innerStart < end)
    .map((q) => ({ start: Math.max(start, q.innerStart), end: Math.min(end, q.innerEnd) }));
}

/** Is there a verb or auxiliary among tokens `[from, to)` (a complete clause)? */
export function hasVerb(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const tag = block.tags[k];
    if (tag === 'verb' || tag === 'aux') return true;
  }
  return false;
}
