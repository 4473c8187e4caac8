/**
 * Dropping blocks that are page furniture even inside the article body: link lists (related
 * stories, tag clouds), stock boilerplate ("Advertisement", "Continue reading the main story") and
 * stray one-character fragments. Each rule is a named threshold or a table.
 */
import type { RawBlock } from './blocks';
import { isBoilerplateLine, isCaptionLabel, isDateLine } from './boilerplate';

/** Above this share of link characters a block is a teaser or menu, not prose. */
const MAX_LINK_SHARE = 0.5;
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
/** Byline and timestamp lines are short; longer text with these openings is prose. */
const MAX_META_LINE = 80;
/** Shorter paragraphs without sentence punctuation are UI labels ("Embed", "Video Quality"). */
const MAX_LABEL_CHARS = 20;
const SENTENCE_MARKS = ['.', '!', '?', '"', '\u201d', ':', ';', '\u3002'];

/** True for a short line that is a label, byline or timestamp rather than prose. */
function isLabel(block: RawBlock): boolean {
  // A table row is data as the reader scans it ("1 Kyle Busch 5040"), however short.
  if (block.kind !== 'paragraph' || block.element.localName === 'tr') return false;
  // Only short lines can be labels: prose is never lower-cased (it is most of the page's text).
  if (block.text.length > MAX_META_LINE) return false;
  const lower = block.text.toLowerCase();
  if (META_LINE_PREFIXES.some((p) => lower.startsWith(p))) return true;
  if (isDateLine(block.text) || isCaptionLabel(block.text)) return true;
  return (
    block.text.length <= MAX_LABEL_CHARS && !SENTENCE_MARKS.some((m) => block.text.includes(m))
  );
}

/** True for a block worth reading as article text. */
export function keepBlock(block: RawBlock): boolean {
  const text = block.text;
  if (text.length < MIN_BLOCK_CHARS) return false;
  if (block.linkChars / text.length > MAX_LINK_SHARE) return false;
  if (isLabel(block) || isBoilerplateLine(text)) return false;
  // Compared lower-cased without trailing dots; lower-casing never shortens text, so a line
  // longer than every stock line is kept without lower-casing it (most blocks are long).
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2e) end--;
  const core = text.slice(0, end).trim();
  return core.length > MAX_BOILERPLATE_CHARS || !BOILERPLATE.has(core.toLowerCase());
}
