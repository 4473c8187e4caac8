/**
 * Stage 6b: claims with no cue of their own. A sentence that is (almost) all quotation, a block
 * quote, or a list item after "X also said:" continues the last speaker; so does a paragraph that
 * reopens a quotation left open by the paragraph before.
 */
import { rawOver } from '../4-claims/content';
import { kindOf, trimContent, wordCount } from '../4-claims/clause';
import { findCues } from '../3-cues/cues';
import type { BlockModel } from '../1-text/model';
import type { RawAttribution } from '../4-claims/patterns';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';

/** Share of a sentence's words that are quoted. */
function quotedShare(block: BlockModel, s: Sentence): number {
  let words = 0;
  let quoted = 0;
  for (let i = s.from; i < s.to; i += 1) {
    if (block.tokens[i]?.isWord !== true) continue;
    words += 1;
    if (block.quoted[i] === true) quoted += 1;
  }
  return words === 0 ? 0 : quoted / words;
}

/** Code, data and tables ("rekt: { list: [ ... ] }") are not prose: most tokens are symbols. */
export function isProse(block: BlockModel, from: number, to: number): boolean {
  let symbols = 0;
  for (let i = from; i < to; i += 1) {
    const t = block.tokens[i];
    // Every code symbol is a punctuation token: words need no table look-up.
    if (t !== undefined && !t.isWord && CODE_SYMBOLS.has(t.text)) symbols += 1;
  }
  return symbols <= (to - from) * 0.15;
}

const CODE_SYMBOLS = lazySet(() => [
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '=',
  '|',
  '\\',
  '/',
  '*',
  '^',
  '#',
  '~',
]);

const FIRST_PERSON = lazySet(() => [
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'me',
  'my',
  'we',
  "we're",
  'our',
  'us',
]);

/**
 * 'The price is "as low as I've ever seen."': a quoted fragment in the first person is someone's
 * own words; with no cue in the sentence, it continues the last speaker.
 */
function firstPersonQuote(block: BlockModel, s: Sentence): RawAttribution | null {
  const from = block.tokens[s.from]?.start ?? 0;
  const to = block.tokens[s.to - 1]?.end ?? 0;
  const inside = block.quotes.filter((q) => q.innerStart >= from && q.innerEnd <= to);
  const q = inside[0];
  // A sentence with a cue of its own names some other speaker, even one we cannot resolve.
  if (inside.length !== 1 || q === undefined || findCues(block, s).length > 0) return null;
  let words = 0;
  let first = false;
  for (let i = s.from; i < s.to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord || t.start < q.innerStart || t.end > q.innerEnd) continue;
    words += 1;
    if (FIRST_PERSON.has(t.lower)) first = true;
  }
  if (!first || words < 3) return null;
  return {
    block: block.index,
    start: q.innerStart,
    end: q.innerEnd,
    kind: 'direct',
    cue: null,
    speaker: { kind: 'previous' },
    clause: { from: s.from, to: s.from },
    confidence: 0.45,
  };
}

/** Quoted words a fragment needs to be the speaker's words rather than a scare quote. */
const MIN_QUOTED_WORDS = 4;

/**
 * 'He said the plan was late. Though the crews are trained, some "have never worked at sea."':
 * right after a claim in the same paragraph, a cue-less sentence quoting several words goes on
 * with that speaker's claim, the author's words around the quote included (a mixed claim).
 */
function quotingSentence(
  block: BlockModel,
  s: Sentence,
  range: { from: number; to: number },
): RawAttribution | null {
  const from = block.tokens[s.from]?.start ?? 0;
  const to = block.tokens[s.to - 1]?.end ?? 0;
  let quotedWords = 0;
  for (const q of block.quotes) {
    if (q.innerStart < from || q.innerEnd > to) continue;
    let words = 0;
    let lower = 0;
    for (let i = s.from; i < s.to; i += 1) {
      const t = block.tokens[i];
      if (t === undefined || !t.isWord || t.start < q.innerStart || t.end > q.innerEnd) continue;
      words += 1;
      if (!t.cap) lower += 1;
    }
    // 'his book "A Proven Path to Wealth"': a title in capitals is nobody's words.
    if (lower * 2 >= words) quotedWords += words;
  }
  if (quotedWords < MIN_QUOTED_WORDS || findCues(block, s).length > 0) return null;
  return rawOver(block, range, {
    kind: 'mixed',
    cue: null,
    speaker: { kind: 'previous' },
    clause: { from: s.from, to: s.from },
    confidence: 0.45,
  });
}

/** An e-mail address, a web address, or "email us" / "contact the writer". */
const CONTACT =
  /\w@[\w-]+\.[a-z]|https?:\/\/|\bwww\.|\b(?:e-?mail|contact|write to) (?:us|the (?:writer|author|reporter))\b/i;

/**
 * "Questions? Email us at ...", "Email the writer at x@y.com": the outlet's contact box speaks to
 * the reader; set off after a quote, it is no continuation of the speaker.
 */
function addressesReader(block: BlockModel, r: { from: number; to: number }): boolean {
  const from = block.tokens[r.from]?.start ?? 0;
  const to = block.tokens[r.to - 1]?.end ?? 0;
  return CONTACT.test(block.text.slice(from, to));
}

/** A cue-less record continuing the previous speaker, or null. */
export function continuationRecord(
  block: BlockModel,
  s: Sentence,
  wholeBlock: boolean,
  afterClaim = false,
): RawAttribution | null {
  const range = trimContent(block, wholeBlock ? { from: 0, to: block.tokens.length } : s);
  if (wordCount(block, range) < 3 || !isProse(block, range.from, range.to)) return null;
  if (!wholeBlock && quotedShare(block, s) < 0.6)
    return firstPersonQuote(block, s) ?? (afterClaim ? quotingSentence(block, s, range) : null);
  if (addressesReader(block, range)) return null;
  return rawOver(block, range, {
    kind:
      wholeBlock && block.kind !== 'listItem' && kindOf(block, range) === 'indirect'
        ? 'direct'
        : kindOf(block, range),
    cue: null,
    speaker: { kind: 'previous' },
    clause: { from: s.from, to: s.from },
    confidence: 0.55,
  });
}

/** Does this sentence end in a cue and a colon ("President Obama also said:")? */
export function endsWithColonCue(block: BlockModel, s: Sentence): boolean {
  const last = block.tokens[s.to - 1];
  return last?.text === ':';
}
