/**
 * Stage 5a's left edge across a quoted title: in 'the “Bad Romance” singer said' or 'the
 * "Perfect Illusion" songstress wrote' the title of a work modifies the speaker's head noun, so the
 * phrase runs on past the quotation marks to its determiner. Without this the phrase is the bare
 * head ("singer"), which no later rule can read as definite, and it becomes a source of its own.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Most words of a work's title in quotation marks before a head noun. */
const MAX_TITLE = 6;
/** Determiners a title-modified phrase can open with. */
const OPENERS = lazySet(() => ['the', 'his', 'her', 'their']);
const OPENING_MARKS = lazySet(() => ['"', '\u201c']);
const CLOSING_MARKS = lazySet(() => ['"', '\u201d']);

/**
 * The token where the phrase opens when the phrase starting at `from` (a lower-case word) follows
 * a quoted title and a determiner before that ('the “Bad Romance” singer'); else
 * `from`. Never below `floor`.
 */
export function quotedTitleStart(block: BlockModel, from: number, floor: number): number {
  const head = block.tokens[from];
  const close = block.tokens[from - 1];
  if (head === undefined || head.cap || close === undefined || !CLOSING_MARKS.has(close.text))
    return from;
  for (let k = from - 2; k >= Math.max(floor + 1, from - 2 - MAX_TITLE); k -= 1) {
    const t = block.tokens[k];
    if (t === undefined) return from;
    if (OPENING_MARKS.has(t.text)) {
      const det = block.tokens[k - 1];
      const titled = k + 1 < from - 1;
      return titled && det !== undefined && OPENERS.has(det.lower) && block.quoted[k - 1] !== true
        ? k - 1
        : from;
    }
    // The title's words are all inside the quotation marks.
    if (!t.isWord || block.quoted[k] !== true) return from;
  }
  return from;
}
