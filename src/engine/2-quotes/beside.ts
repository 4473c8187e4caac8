/**
 * Stage 6b': a quote whose sentence names its speaker without a speech verb. '"... drives me nuts,"
 * McDowell laughed.', '"Hands up!" an officer ordered' and 'As Gaiman put it, "..."' carry no cue,
 * yet the reader knows who speaks: the name or person standing right after the quotation, or
 * opening the sentence, as the subject of a verb.
 * Without this the quote would go to whoever spoke last, which in an interleaved passage is often
 * the other person.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { RawAttribution } from '../4-claims/content';
import type { NounPhrase } from '../5-speakers/phrase';
import { isPersonNoun } from '../lexicon/people';
import { colonLedSubject } from './colon-led';
import type { Quote } from './quotes';

const POSSESSIVE = /['\u2019]s?$/;
const MAX_NAME = 4;
/** Fewer quoted words than this are a title or a scare quote. */
const MIN_WORDS = 3;

/**
 * The end of a run of name tokens from `i` outside quotations; `i` when there is none, or when the
 * run is a possessive ("Smith's coach") or too long to be a name.
 */
function nameRun(block: BlockModel, i: number, to: number): number {
  let k = i;
  while (k < to && block.tags[k] === 'name' && block.quoted[k] !== true) {
    if (POSSESSIVE.test(block.tokens[k]?.text ?? '')) return i;
    k += 1;
  }
  return k - i > MAX_NAME ? i : k;
}

/** "an officer", "the old farmer": a determiner, adjectives and a person noun from `i`; or `i`. */
function personPhrase(block: BlockModel, i: number, to: number): number {
  if (block.tags[i] !== 'det' || block.quoted[i] === true) return i;
  let k = i + 1;
  while (k < to - 1 && block.tags[k] === 'adj') k += 1;
  const head = block.tokens[k];
  if (head === undefined || block.quoted[k] === true || block.tags[k] !== 'noun') return i;
  return isPersonNoun(head.lower, true) ? k + 1 : i;
}

/** A name or person phrase at `i` followed by a verb: its noun phrase, or null. */
function subjectAt(block: BlockModel, i: number, to: number): NounPhrase | null {
  const named = nameRun(block, i, to);
  const end = named > i ? named : personPhrase(block, i, to);
  if (end === i || block.tags[end] !== 'verb') return null;
  return { from: i, to: end, appositive: null };
}

/** The one quotation inside the sentence, or null. */
function soleQuote(block: BlockModel, s: Sentence): Quote | null {
  const from = block.tokens[s.from]?.start ?? 0;
  const to = block.tokens[s.to - 1]?.end ?? 0;
  const { quotes } = block;
  // Quotes are sorted by start: find the first in the sentence by halving, not by a scan per
  // sentence (a block can hold thousands of both).
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid]?.start ?? Infinity) < from) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  const next = quotes[lo + 1];
  if (q === undefined || q.end > to) return null;
  return next !== undefined && next.start < to ? null : q;
}

/** First token index at or after character `offset` within the sentence. */
function tokenAt(block: BlockModel, s: Sentence, offset: number): number {
  let i = s.from;
  while (i < s.to && (block.tokens[i]?.start ?? Infinity) < offset) i += 1;
  return i;
}

/**
 * The speaker named beside the sentence's only quotation: right after it ('"...," Smith laughed')
 * or opening the sentence before it ('As Smith put it, "..."', 'Smith took a look: "..."'). Null
 * when neither.
 */
export function speakerBeside(
  block: BlockModel,
  s: Sentence,
): { np: NounPhrase; quote: Quote } | null {
  const quote = soleQuote(block, s);
  if (quote === null || quote.unclosed) return null;
  const open = tokenAt(block, s, quote.start);
  const close = tokenAt(block, s, quote.end);
  // The quote opens the sentence and the name follows it: '"...," Smith laughed.'
  if (open === s.from) {
    const after = block.tokens[close]?.text === ',' ? close + 1 : close;
    const trailing = subjectAt(block, after, s.to);
    return trailing === null ? null : { np: trailing, quote };
  }
  // "As" and the name open the sentence and the quote closes it: 'As Smith put it, "..."'.
  const last = block.tokens[s.to - 1];
  const closesSentence = close >= s.to - 1 && (last?.end ?? 0) <= quote.end + 1;
  if (!closesSentence) return null;
  // 'Weller took one look: "..."': the subject of the clause the colon closes.
  if (block.tokens[open - 1]?.text === ':') {
    const led = colonLedSubject(block, s, open - 1);
    return led === null ? null : { np: led, quote };
  }
  if (block.tokens[s.from]?.lower !== 'as' || block.tokens[open - 1]?.text !== ',') return null;
  const leading = subjectAt(block, s.from + 1, open);
  return leading === null ? null : { np: leading, quote };
}

/** The quotation of a cue-less sentence as a record of the speaker named beside it, or null. */
export function besideRecord(block: BlockModel, s: Sentence): RawAttribution | null {
  const found = speakerBeside(block, s);
  if (found === null) return null;
  const { np, quote } = found;
  let start = quote.innerStart;
  let end = quote.innerEnd;
  while (start < end && /\s/.test(block.text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(block.text[end - 1] ?? '')) end -= 1;
  // A title or a scare-quoted word ('"Glasgow," Buckley sang') is no one's statement.
  if (block.text.slice(start, end).split(/\s+/).length < MIN_WORDS) return null;
  return {
    block: block.index,
    start,
    end,
    kind: 'direct',
    cue: null,
    speaker: { kind: 'phrase', block: block.index, np },
    clause: { from: np.from, to: np.to },
    confidence: 0.5,
  };
}
