/**
 * Dropping blocks that are page furniture even inside the article body: link lists (related
 * stories, tag clouds), stock boilerplate ("Advertisement", "Continue reading the main story") and
 * stray one-character fragments. Each rule is a named threshold or a table.
 */
import type { RawBlock } from './blocks';
import { lazyPattern } from '../pattern';
import { endsSentence, isBoilerplateLine, isCaptionLabel, isDateLine } from './boilerplate';
import { dropIntroducedLists } from './introduced-lists';

/** Above this share of link characters a block is a teaser or menu, not prose... */
const MAX_LINK_SHARE = 0.5;
/**
 * ...unless it is a sentence (teaser headlines and menu items carry no closing punctuation) whose
 * link covers no more than this: "The suspect was convicted and [sentenced to life last week]."
 */
const MAX_SENTENCE_LINK_SHARE = 0.8;
/** Blocks shorter than this are separators and icons. */
const MIN_BLOCK_CHARS = 2;

/** Stock lines publishers put between paragraphs (compared lower-cased, trailing dots dropped). */
const BOILERPLATE = new Set([
  'advertisement',
  'advertisment',
  'advertising',
  'continue reading the main story',
  'continue reading below',
  'story continues below advertisement',
  'read more',
  'comments',
  'leave a comment',
  'leave a reply',
  'read more:',
  'related',
  'related stories',
  'related articles',
  'more on this story',
  'share this article',
  'share this',
  'share',
  'sponsored',
  'supported by',
  'skip advertisement',
  'article continues below',
  'this slideshow requires javascript',
]);

/** The longest stock line: longer blocks are never compared with the table. */
const MAX_BOILERPLATE_CHARS = Math.max(...Array.from(BOILERPLATE, (line) => line.length));

/** Openings of the byline/timestamp lines some pages print as paragraphs. */
const META_LINE_PREFIXES = [
  'posted on ',
  'posted:',
  'published ',
  'published:',
  'updated ',
  'updated:',
  'last updated',
  'by ',
];
/** The timestamp openings that are labels wherever they stand (a colon: never data nor prose). */
const TIMESTAMP_LABELS = ['posted:', 'published:', 'updated:'];
/** Byline and timestamp lines are short; longer text with these openings is prose. */
const MAX_META_LINE = 80;
/** Shorter paragraphs without sentence punctuation are UI labels ("Embed", "Video Quality"). */
const MAX_LABEL_CHARS = 14;
const SENTENCE_MARKS = ['.', '!', '?', '"', '\u201d', ':', ';', '\u3002'];

/** A table row that names itself a timestamp: apart, as most pages read no row as a block. */
function isTimestampRow(lower: string): boolean {
  for (const label of TIMESTAMP_LABELS) if (lower.startsWith(label)) return true;
  return false;
}

/** True for a short line that is a label, byline or timestamp rather than prose. */
function isLabel(block: RawBlock): boolean {
  if (block.kind !== 'paragraph') return false;
  // Only short lines can be labels: prose is never lower-cased (it is most of the page's text).
  if (block.text.length > MAX_META_LINE) return false;
  const lower = block.text.toLowerCase();
  // A table row is data as the reader scans it ("1 Kyle Busch 5040"), however short, unless it
  // names itself a timestamp: old table layouts print "Published: <date>" as a row of cells.
  // Plain loops, not `some` with closures: each closure is one more function to compile cold.
  if (block.element.localName === 'tr') return isTimestampRow(lower);
  for (const prefix of META_LINE_PREFIXES) if (lower.startsWith(prefix)) return true;
  // A caption label ends with its colon: other lines skip the call (a first compile on most pages).
  if (isDateLine(block.text) || (block.text.endsWith(':') && isCaptionLabel(block.text))) {
    return true;
  }
  if (block.text.length > MAX_LABEL_CHARS) return false;
  for (const mark of SENTENCE_MARKS) if (block.text.includes(mark)) return false;
  return true;
}

/** True for a block worth reading as article text. */
export function keepBlock(block: RawBlock): boolean {
  const text = block.text;
  if (text.length < MIN_BLOCK_CHARS) return false;
  const linkShare = block.linkChars / text.length;
  if (linkShare > MAX_LINK_SHARE) {
    if (linkShare > MAX_SENTENCE_LINK_SHARE || !endsSentence(text)) return false;
  }
  if (isLabel(block) || isBoilerplateLine(text)) return false;
  // Compared lower-cased without trailing dots or colon ("Related stories:" introduces the list
  // it names); lower-casing never shortens text, so a line longer than every stock line is kept
  // without lower-casing it (most blocks are long).
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x3a)) end--;
  const core = text.slice(0, end).trim();
  return core.length > MAX_BOILERPLATE_CHARS || !BOILERPLATE.has(core.toLowerCase());
}

/**
 * A credit line under a block quote, as review round-ups and pull quotes print it: "[ Engadget ]"
 * (often all link, and short like a label) or "— Jane Roe". It names who the quote above says,
 * so it is kept although it looks like furniture.
 */
const QUOTE_CREDIT = lazyPattern(
  String.raw`^(?:\[\s*\p{Lu}[^[\]]{1,59}\]|[\u2014\u2013]\s*\p{Lu}[^.!?[\]]{1,59})$`,
  'u',
);

function isQuoteCredit(block: RawBlock, before: RawBlock | undefined): boolean {
  return (
    before?.kind === 'blockquote' &&
    block.kind === 'paragraph' &&
    QUOTE_CREDIT().test(block.text.trim())
  );
}

/**
 * The blocks worth reading, in order: a list that a furniture line introduces goes with it, and a
 * block quote keeps its credit line.
 */
export function keepBlocks(blocks: readonly RawBlock[]): RawBlock[] {
  const listed = dropIntroducedLists(blocks);
  const out: RawBlock[] = [];
  for (let i = 0; i < listed.length; i++) {
    const block = listed[i] as RawBlock;
    if (keepBlock(block) || isQuoteCredit(block, listed[i - 1])) out.push(block);
  }
  return out;
}
