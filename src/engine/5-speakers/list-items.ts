/**
 * Stage 5: commas inside a list are no appositive boundaries. In "Tom Hale, who sets rates on
 * mortgages, loans and other products, said" the segments "loans and other products" and
 * "mortgages" are one list, so the aside is the whole "who ..." stretch and the name before it
 * is the subject.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';

/** Tags of a list item's words ("other credit products", "the fees"). */
const ITEM_TAGS = lazySet<Tag>(() => ['noun', 'adj', 'det', 'num', 'poss']);
/** Tags that end the item before a list comma. */
const ITEM_HEADS = lazySet<Tag>(() => ['noun', 'num']);
const CONJUNCTIONS = lazySet(() => ['and', 'or']);
/** The most words in one list item. */
const MAX_ITEM = 5;

/**
 * Is `[from, to)` a lower-case list item: a short noun phrase, perhaps with "and" or "or" in it?
 * Names are left out: "Tom Hale, Ann Roe and Bo Li said" lists speakers, not a modifier's objects.
 */
function isListItem(block: BlockModel, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_ITEM) return false;
  for (let k = from; k < to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord || t.cap || block.quoted[k] === true) return false;
    if (CONJUNCTIONS.has(t.lower)) continue;
    if (!ITEM_TAGS.has(block.tags[k] ?? 'punct')) return false;
  }
  return ITEM_HEADS.has(block.tags[to - 1] ?? 'punct');
}

/**
 * The comma that opens the segment ending at `end`, when the segment after the comma at `k` and
 * any before it are list items that a noun before their comma continues; `k` when there are none.
 */
export function listSegmentStart(block: BlockModel, k: number, end: number, floor: number): number {
  // The last item carries the list's "and" ("loans and other products"): "zorro123" is no list.
  if (!hasConjunction(block, k + 1, end)) return k;
  let comma = k;
  let itemEnd = end;
  while (comma > floor && isListItem(block, comma + 1, itemEnd)) {
    if (!ITEM_HEADS.has(block.tags[comma - 1] ?? 'punct')) break;
    itemEnd = comma;
    comma -= 1;
    while (comma >= floor && block.tokens[comma]?.text !== ',') comma -= 1;
  }
  // The first item must be a preposition's object, the list then being that phrase's tail.
  return comma < k && afterPreposition(block, itemEnd - 1, floor) ? comma : k;
}

function hasConjunction(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1)
    if (CONJUNCTIONS.has(block.tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * Is the noun phrase ending at `end` a preposition's object ("on mortgages", "of ferries")? Only
 * then do the items after it continue it; "Many farmers, both young and old," describes a subject.
 */
function afterPreposition(block: BlockModel, end: number, floor: number): boolean {
  let k = end;
  while (k >= floor && end - k < MAX_ITEM && ITEM_TAGS.has(block.tags[k] ?? 'punct')) k -= 1;
  return k < end && block.tags[k] === 'prep';
}
