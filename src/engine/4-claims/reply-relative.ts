/**
 * Stage 6f: "The host asked, “is that allowed?” to which she replied, “apparently.”": a
 * preposition and "which" right after a closing quotation open the author's account of what came
 * next (the answer, the reaction), not more of the words quoted. The claim ends with its quote.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { isQuoteMark } from './clause';

/** Prepositions that with "which" point back at a quoted remark ("to which", "at which"). */
const REPLY_PREPOSITIONS = lazySet(() => ['to', 'at', 'upon', 'after']);

/**
 * Does an unquoted "to which" (or "at", "upon", "after which") open at `i`, right after a
 * closing quotation mark (with or without a comma between)?
 */
export function replyRelativeAt(block: BlockModel, i: number): boolean {
  if (block.quoted[i] === true || block.quoted[i + 1] === true) return false;
  if (!REPLY_PREPOSITIONS.has(block.tokens[i]?.lower ?? '')) return false;
  if (block.tokens[i + 1]?.lower !== 'which') return false;
  const prev = block.tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  return prev >= 0 && isQuoteMark(block, prev) && block.quoted[prev - 1] === true;
}
