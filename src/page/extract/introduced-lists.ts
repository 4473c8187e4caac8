/**
 * Lists that page furniture introduces: "More Great WIRED Stories", "Related stories" or "Read
 * more:" over a list of links to other stories. The line itself goes as a stock line or call to
 * action (./filter); the list under it goes with it, however prose-like its items read ("Want the
 * best tools to get healthy? Check out our picks ..."). An ad label ("Advertisement") introduces
 * nothing: the story's own list may follow it.
 */
import type { RawBlock } from './blocks';
import { isCallToAction } from './boilerplate';

/** Stock lines (compared lower-cased, trailing colon and dots dropped) that head a list of links. */
export const LIST_HEADINGS = new Set([
  'related',
  'related stories',
  'related articles',
  'related links',
  'more on this story',
  'more stories',
  'read more',
  'read next',
  'most read',
  'most popular',
  'comments',
]);

/** Marks a heading may end with ("Related stories:", "Read more…"). */
const TRAILING_MARKS = new Set([':', '.', '…', ' ']);

/** True for a line that introduces a list of other stories or links. */
export function introducesList(text: string): boolean {
  const trimmed = text.trim();
  let end = trimmed.length;
  while (end > 0 && TRAILING_MARKS.has(trimmed[end - 1] ?? '')) end--;
  return LIST_HEADINGS.has(trimmed.slice(0, end).toLowerCase()) || isCallToAction(text);
}

/** The list (`<ul>`, `<ol>`) a list-item block sits in. */
function listOf(block: RawBlock): Element | null {
  return block.kind === 'listItem' ? block.element.closest('ul, ol') : null;
}

/**
 * The blocks without the lists a furniture line introduces: a line for which `introducesList`
 * holds, followed at once by list items, takes the items of that list with it.
 */
export function dropIntroducedLists(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let dropping: Element | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as RawBlock;
    if (dropping?.contains(block.element)) continue;
    dropping = null;
    const next = blocks[i + 1];
    // Only a line right above a list is read (most blocks are not).
    if (next?.kind === 'listItem' && block.kind !== 'listItem' && introducesList(block.text)) {
      dropping = listOf(next);
    }
    out.push(block);
  }
  return out;
}
