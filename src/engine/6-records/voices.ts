/**
 * Stage 8f: first-person accounts headed by their author's name, as "your stories" and "in their
 * own words" features print readers' and witnesses' testimony:
 *
 *   Ann Lee, Leeds, UK                      ← the heading: a name, then a place or an age
 *   I worked at the mill from 1961. ...     ← her account, in the first person, no cue
 *   The work was hard but fair.             ← still hers, until the next heading
 *
 * Each paragraph of the account is a claim of the person the heading names. The account starts
 * at the first paragraph that speaks as "I" or "we" outside quotation marks, so a caption between
 * the heading and the account ("Ann Lee at the mill in 1965") stays out, and a heading over a
 * story told in the third person credits nothing.
 */
import type { BlockModel } from '../1-text/model';
import type { EntityResolver } from '../5-speakers/entities';
import { isFirstName } from '../lexicon/gender';
import { grammaticalPerson } from '../lexicon/grammatical-person';
import { creditedWords } from './credit-lines';
import type { Resolved } from './nesting';

/** Parts a heading may have: the name, then up to three of place, region, country or age. */
const MAX_PARTS = 4;

/** Words one part may have ("County Durham", "New South Wales", "Ann Marie Lee"). */
const MAX_PART_WORDS = 4;

/**
 * A part after the name: an age ("34") or a place, its words capitalised but for the particles
 * of place names ("Isle of Wight", "Stoke-on-Trent" is one word).
 */
const DETAIL_PART =
  /^(?:\d{1,3}|\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|of|upon|on|de|la|del|der|am)){0,3})$/u;

/** Whitespace-separated words a heading can hold: four parts of four words, and stray commas. */
const MAX_HEADING_WORDS = MAX_PARTS * MAX_PART_WORDS + MAX_PARTS - 1;

/** One whitespace character (a module constant: a literal in the loop is a new RegExp each time). */
const SPACE = /\s/u;

/**
 * Is the character at `i` whitespace as `\s` defines it? ASCII is answered from its code: every
 * paragraph's every character comes here, and testing a one-character string with the regex
 * made the round's largest share of garbage (a fifth of its allocated bytes).
 */
function spaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i] ?? '');
}

/** Has `text` more than `n` whitespace-separated words? Counted without allocating. */
function moreWordsThan(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = spaceAt(text, i);
    if (!space && !inWord && (words += 1) > n) return true;
    inWord = !space;
  }
  return false;
}

/** A name part: capitalised words only ("Michael Blasdale", "Robert"). */
const NAME_PART = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * The token range `[from, to)` of the name a voice heading gives ("Ann Lee, Leeds, UK"), or
 * null when the block is no such heading: a sentence, a dateline, a name alone.
 */
export function voiceHeadingName(block: BlockModel): { from: number; to: number } | null {
  if (block.kind !== 'crosshead' && block.kind !== 'paragraph') return null;
  // Every paragraph comes here: one longer than a heading can be is left before any split.
  if (moreWordsThan(block.text, MAX_HEADING_WORDS)) return null;
  const text = block.text.trim();
  const parts = text.split(',').map((p) => p.trim());
  const name = parts[0];
  if (parts.length < 2 || parts.length > MAX_PARTS || name === undefined) return null;
  if (!NAME_PART.test(name)) return null;
  for (const part of parts.slice(1)) {
    if (!DETAIL_PART.test(part) || part.split(/\s/u).length > MAX_PART_WORDS) return null;
  }
  const start = block.text.indexOf(name);
  const end = start + name.length;
  const from = block.tokens.findIndex((t) => t.start >= start);
  let to = from;
  while (to < block.tokens.length && (block.tokens[to]?.end ?? Infinity) <= end) to += 1;
  return from < 0 || to <= from ? null : { from, to };
}

/** Does the block speak as "I" or "we" outside quotation marks? */
function speaksFirstPerson(block: BlockModel): boolean {
  return block.tokens.some(
    (t, i) => t.isWord && block.quoted[i] !== true && grammaticalPerson(t.lower) === 1,
  );
}

/** Blocks an account may hold: paragraphs and list items (pull quotes have their own stage). */
function isAccountText(block: BlockModel): boolean {
  return block.kind === 'paragraph' || block.kind === 'listItem';
}

/**
 * Give each first-person account under a voice heading to the person the heading names.
 * `records` is changed and extended in place (added records go at the end: the caller restores
 * block order). A paragraph with a reporting cue of its own ("My father told me ...") keeps its
 * records as they are.
 */
export function creditVoices(
  models: readonly BlockModel[],
  records: Resolved[],
  resolver: EntityResolver,
): void {
  for (let i = 0; i < models.length; i += 1) {
    const heading = models[i];
    const range = heading === undefined ? null : voiceHeadingName(heading);
    if (heading === undefined || range === null) continue;
    // The section: to the next crosshead or voice heading.
    let end = i + 1;
    while (end < models.length && !endsSection(models[end])) end += 1;
    const start = firstAccount(models, i + 1, end);
    if (start < 0) continue;
    const speaker = resolver.resolve(heading, range.from, range.to);
    if (speaker === null) continue;
    // A first name alone ("Robert, County Durham, UK") is a person the resolver cannot type;
    // a title-case line ("Reconciliation, Rather Than Confrontation") is no one.
    const type = resolver.get(speaker)?.type;
    const firstName = isFirstName(heading.tokens[range.from]?.lower ?? '');
    if (type !== 'person' && !(type === 'unknown' && firstName)) continue;
    for (let k = start; k < end; k += 1) {
      const block = models[k];
      if (block !== undefined && isAccountText(block)) credit1(block, records, speaker);
    }
    i = end - 1;
  }
}

/** A pull quote's label printed as a crosshead ("“Start Quote"): it opens with a quotation mark. */
const QUOTE_LABEL = /^["“‘']/u;

/** Does `block` close a section: another voice heading, or a crosshead that is no pull-quote label? */
function endsSection(block: BlockModel | undefined): boolean {
  if (block === undefined) return false;
  if (block.kind === 'crosshead') return !QUOTE_LABEL.test(block.text.trim());
  return voiceHeadingName(block) !== null;
}

/** Index of the section's first paragraph in the first person, or -1. */
function firstAccount(models: readonly BlockModel[], from: number, to: number): number {
  for (let k = from; k < to; k += 1) {
    const block = models[k];
    if (block !== undefined && isAccountText(block) && speaksFirstPerson(block)) return k;
  }
  return -1;
}

/** Credit one paragraph of an account to `speaker`. */
function credit1(block: BlockModel, records: Resolved[], speaker: number): void {
  const own = records.filter((r) => r.raw.block === block.index);
  if (own.some((r) => r.cue !== null)) return;
  for (const r of own) r.speaker = speaker;
  if (own.length > 0) return;
  const words = block.tokens.filter((t) => t.isWord);
  const first = words[0];
  if (first === undefined) return;
  const end = block.text.trimEnd().length;
  records.push(creditedWords(block.index, first.start, end, speaker, { from: 0, to: 0 }));
}
