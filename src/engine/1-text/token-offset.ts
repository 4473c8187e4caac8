/**
 * From a character offset back to tokens. Records and quotations carry character offsets, the
 * rules read tokens; tokens are in text order, so halving finds the one in log time.
 */
import type { BlockModel } from './model';

/** First token index whose start is at or after `offset` (`tokens.length` when none is). */
export function firstTokenFrom(block: BlockModel, offset: number): number {
  let lo = 0;
  let hi = block.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((block.tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
