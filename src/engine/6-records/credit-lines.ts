/**
 * Stage 8c: block quotes credited on the line after them, as review round-ups, pull quotes and
 * epigraphs print them:
 *
 *   > Stadia is a bold attempt ...        ← a block quote, no cue, often no quotation marks
 *   [ Engadget ]                          ← the credit: "[ Name ]", "— Name" or "- Name"
 *
 * The credit names whoever the block quotes before it (back to the previous credit or non-quote
 * block) say; records the cue-less quote got from the last speaker are given to it, and a block
 * quote with no record gets one.
 */
import type { BlockModel } from '../1-text/model';
import type { EntityResolver } from '../5-speakers/entities';
import type { Resolved } from './nesting';
import { isPostSignature } from './post-signature';

/** Dashes that open a credit line ("— Harbour Gazette"). */
const DASHES = /^[—–-]{1,2}/u;

/** An embedded post's signature after the name: "(@handle) November 18, 2019". */
const HANDLE = /^\(@\w{1,30}\)(?: {1,3}\p{L}{3,9}\.? \d{1,2}, \d{4})?$/u;

/** The line without a trailing post signature ("— Name (@handle) date" gives "— Name"). */
function withoutHandle(line: string): string {
  const at = line.lastIndexOf('(@');
  return at > 0 && HANDLE.test(line.slice(at)) ? line.slice(0, at).trimEnd() : line;
}

/** The name a credit line gives, as text: "[ Name ]" or "— Name", alone on its line. */
function creditText(line: string): string | null {
  const text = withoutHandle(line.trim());
  const name =
    text.startsWith('[') && text.endsWith(']')
      ? text.slice(1, -1).trim()
      : DASHES.test(text)
        ? text.replace(DASHES, '').trim()
        : null;
  if (name === null || name.length < 2 || name.length > 60 || /[[\]—–]/u.test(name)) return null;
  return name;
}

/** Words a credit may have: a name or an outlet, not a sentence. */
const MAX_WORDS = 6;

/** The token range `[from, to)` of the name a credit line gives, or null when it is no credit. */
export function creditName(block: BlockModel): { from: number; to: number } | null {
  const name = creditText(block.text);
  if (name === null) return null;
  const start = block.text.indexOf(name);
  const end = start + name.length;
  const all = block.tokens.filter((t) => t.isWord && t.start >= start && t.end <= end);
  if (all.length > MAX_WORDS) return null;
  // "- virologist and study coauthor Ann Lee": what the person is, then the name, all capitals.
  const named = all.findIndex((t) => t.cap);
  const words = named > 0 && all.slice(named).every((t) => t.cap) ? all.slice(named) : all;
  const first = words[0];
  // The last word with a letter: an emoji's variation selector after the name is no word of it.
  const lettered = words.filter((t) => /\p{L}/u.test(t.text));
  const last = lettered[lettered.length - 1];
  if (first === undefined || last === undefined || !first.cap) return null;
  // To the last word, not the word count on: "N. K. Lund" has stops between its words.
  return { from: block.tokens.indexOf(first), to: block.tokens.indexOf(last) + 1 };
}

/**
 * Give the block quotes before each credit line to the name it credits. `records` is changed
 * and extended in place (added records go at the end: the caller restores block order).
 */
export function creditBlockQuotes(
  models: readonly BlockModel[],
  records: Resolved[],
  resolver: EntityResolver,
): void {
  for (let i = 1; i < models.length; i += 1) {
    const credit = models[i];
    if (credit === undefined || models[i - 1]?.kind !== 'blockquote') continue;
    // An embedded post signs off inside its own block quote: "— Name (@handle) date".
    const trimmed = credit.text.trim();
    if (credit.kind === 'blockquote' && withoutHandle(trimmed) === trimmed) continue;
    const range = creditName(credit);
    if (range === null) continue;
    const speaker = resolver.resolve(credit, range.from, range.to);
    if (speaker === null) continue;
    // The credit line itself is no claim.
    for (let k = records.length - 1; k >= 0; k -= 1)
      if (records[k]?.raw.block === credit.index) records.splice(k, 1);
    for (let j = i - 1; j >= 0 && models[j]?.kind === 'blockquote'; j -= 1) {
      const quote = models[j];
      // An uncredited post's signature ("— jo (@jo) May 3, 2017") closes the posts before it.
      if (quote === undefined || creditName(quote) !== null || isPostSignature(quote.text)) break;
      credit1(quote, records, speaker);
    }
  }
}

/**
 * The cue-less records of one credited block quote go to `speaker`; none, and one is made. A
 * cue inside the quote ("Google recommends ...") names a speaker of its own, and the cue-less
 * records after it may continue that speaker: only what comes before the first cue is the
 * credit's, made a record of its own when the sentences before the cue's have none.
 */
function credit1(quote: BlockModel, records: Resolved[], speaker: number): void {
  const own = records.filter((r) => r.raw.block === quote.index);
  const firstCue = own.reduce(
    (at, r) => (r.cue !== null ? Math.min(at, r.raw.start) : at),
    Number.POSITIVE_INFINITY,
  );
  let credited = false;
  for (const r of own) {
    if (r.cue !== null || r.raw.start >= firstCue) continue;
    r.speaker = speaker;
    credited = true;
  }
  if (credited) return;
  // The tokens before the sentence holding the first cue (all of them when there is no cue).
  const cueSentence = quote.sentences.find((s) => (quote.tokens[s.to - 1]?.end ?? 0) > firstCue);
  const span = wordsBefore(
    quote,
    own.length === 0 ? quote.tokens.length : (cueSentence?.from ?? 0),
  );
  if (span === null || labelOnly(quote, span.end)) return;
  const made = creditedWords(quote.index, span.start, span.end, speaker, { from: 0, to: 0 });
  // Before the quote's own records, in reading order (a quote with none goes at the end).
  const at = own[0] === undefined ? -1 : records.indexOf(own[0]);
  if (at < 0) records.push(made);
  else records.splice(at, 0, made);
}

/** Fewest words a credited quote with no stop of its own needs to say anything. */
const MIN_LABEL_WORDS = 3;

/**
 * Is the credited stretch ending at offset `end` a bare label ("Club statement", a post's image
 * title): under three words and no final stop? A claim has a verb or at least punctuation.
 */
function labelOnly(quote: BlockModel, end: number): boolean {
  const words = quote.tokens.filter((t) => t.isWord && t.end <= end).length;
  return words < MIN_LABEL_WORDS && !/[.!?]["”’]?$/u.test(quote.text.slice(0, end).trimEnd());
}

/** From the first word to the last word before token `to` and the stops after it, or null. */
function wordsBefore(quote: BlockModel, to: number): { start: number; end: number } | null {
  const first = quote.tokens.find((t) => t.isWord);
  // Quotation marks left out.
  let end = to - 1;
  while (end >= 0 && quote.tokens[end]?.isWord !== true) end -= 1;
  while (end + 1 < to && /^[.!?,;:…]$/u.test(quote.tokens[end + 1]?.text ?? '')) end += 1;
  const last = quote.tokens[end];
  return first === undefined || last === undefined || last.end <= first.start
    ? null
    : { start: first.start, end: last.end };
}

/**
 * A cue-less direct record of words a credit or a label gives to `speaker` (a credited block
 * quote, a transcript turn): no reporting verb, the whole stretch is theirs.
 */
export function creditedWords(
  block: number,
  start: number,
  end: number,
  speaker: number,
  clause: { from: number; to: number },
): Resolved {
  return {
    raw: {
      block,
      start,
      end,
      kind: 'direct',
      cue: null,
      speaker: { kind: 'previous' },
      clause,
      confidence: 0.6,
    },
    speaker,
    cue: null,
    mention: null,
    pronoun: false,
  };
}
