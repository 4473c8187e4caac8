/**
 * Stage 5c': the long trailing attribution after a quotation. '"...," the study's lead author Ann
 * Roe of the institute and the university said', '"...," the 6-foot-7 outfielder out of Fresno
 * State said': the words between the closing quote and the verb are one speaker phrase with its
 * post-modifiers, however long, because nothing but a speaker can stand there without a verb.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { taggedPhraseEnd } from './phrase-end';
import type { NounPhrase } from './phrase';
import { closingQuoteAt, determinedAt } from './trailing-report';

/** Most words between the closing quote and the verb. */
const MAX_TRAILING = 25;
/** Tags that show a clause of its own between the quotation and the verb. */
const CLAUSAL = lazySet<Tag>(() => ['verb', 'aux', 'rel', 'sub', 'pron']);

/**
 * The speaker phrase that runs from a closing quotation mark to the verb's subject end at `j`
 * (inclusive), or null when the stretch is short enough for the ordinary phrase walk or holds a
 * verb, a clause or a quotation.
 */
export function quotedTrailingSubject(
  block: BlockModel,
  j: number,
  floor: number,
): NounPhrase | null {
  let comma = false;
  for (let k = j; k > Math.max(floor, j - MAX_TRAILING); k -= 1) {
    if (block.quoted[k] === true) return null;
    if (closingQuoteAt(block, k)) {
      if (!opensWithQuote(block, floor, k) || coordinatedNames(block, k + 1, j + 1)) return null;
      return comma ? nameBeforeComma(block, k + 1, j + 1) : phraseFrom(block, k + 1, j + 1);
    }
    const t = block.tokens[k];
    if (t === undefined || t.text === ';' || t.text === ':') return null;
    comma ||= t.text === ',';
    if (CLAUSAL.has(block.tags[k] ?? 'punct')) return null;
  }
  return null;
}

/**
 * '"...," Ann Roe, a collector of coins, stamps and maps says': a name set off by a comma right
 * after the quote, its description (commas and all) running to the verb with no closing comma.
 */
function nameBeforeComma(block: BlockModel, from: number, to: number): NounPhrase | null {
  let end = from;
  while (end < to && block.tags[end] === 'name') end += 1;
  if (end === from || block.tokens[end]?.text !== ',' || to - end < 3) return null;
  return { from, to: end, appositive: { from: end + 1, to } };
}

/**
 * '"...," Ann K. Roe and Ben Lund write': two names joined by one "and", initials and all, are
 * two speakers, which the ordinary phrase walk reads as one joint source; read as one phrase here
 * the first name would head it and the second be lost.
 */
function coordinatedNames(block: BlockModel, from: number, to: number): boolean {
  let and = -1;
  for (let k = from; k < to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined) return false;
    if (t.lower === 'and' && and < 0 && k > from && k < to - 1) and = k;
    else if (t.text === '.') {
      const initial = block.tokens[k - 1];
      if (initial === undefined || initial.text.length !== 1 || !initial.cap) return false;
    } else if (block.tags[k] !== 'name') return false;
  }
  return and > 0;
}

/**
 * Does the quotation that closes at `close` open the sentence at `floor`? Only a claim quoted
 * from the sentence's start puts its speaker after it ('"After hitting "Song," the singer told'
 * quotes a title, and "He was a "Burner," an attendee of ..." describes).
 */
function opensWithQuote(block: BlockModel, floor: number, close: number): boolean {
  if (block.tokens[floor]?.isWord !== false || close - floor < 3) return false;
  for (let k = floor + 1; k < close; k += 1) if (block.quoted[k] !== true) return false;
  return true;
}

/** The phrase `[from, to)`: its head phrase, with the rest as its appositive. */
function phraseFrom(block: BlockModel, from: number, to: number): NounPhrase | null {
  if (to - from < 3 || !determinedAt(block, from)) return null;
  const end = namedEnd(block, from, to) ?? taggedPhraseEnd(block, from, to);
  if (end <= from || end >= to) return { from, to, appositive: null };
  return { from, to: end, appositive: { from: end, to } };
}

/**
 * "the study's lead author Ann Roe of the institute": the end of the first full name (two name
 * words or more, an owner's name before it passed over) before any preposition, so the person,
 * not the institute, is the head.
 */
function namedEnd(block: BlockModel, from: number, to: number): number | null {
  for (let k = from; k < to; k += 1) {
    const tag = block.tags[k];
    if (tag === 'prep' || tag === 'conj') return null;
    if (tag !== 'name') continue;
    let end = k;
    while (end < to && block.tags[end] === 'name') end += 1;
    // "the Spurs' Manu Ginobili", "Acme's Ann Roe": an owner's name before the person's.
    if (possessiveAt(block, end)) {
      k = end;
      continue;
    }
    return end - k >= 2 ? end : null;
  }
  return null;
}

/** Possessive marks written apart from their word ("Spurs' ", "Spurs’ "). */
const APOSTROPHES = lazySet(() => ["'", '\u2019']);

/**
 * Does a possessive end the name run before token `end`: an apostrophe token touching it, or a
 * last word with "'s"?
 */
function possessiveAt(block: BlockModel, end: number): boolean {
  const last = block.tokens[end - 1];
  const mark = block.tokens[end];
  if (last === undefined) return false;
  if (/['\u2019]s$/u.test(last.lower)) return true;
  return mark !== undefined && APOSTROPHES.has(mark.text) && mark.start === last.end;
}
