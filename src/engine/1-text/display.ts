/**
 * Display text: the headline, standfirst and crossheads a page sets apart from its body. Their
 * grammar is a summary's (title case, "X: claim", "X says Y" without a final period), so several
 * stages read them by rules body prose never meets; this is the one place that says which kinds.
 */
import type { BlockKind } from '../types';
import { lazySet } from '../lexicon/lazy';

const DISPLAY_KINDS = lazySet<BlockKind>(() => ['headline', 'standfirst', 'crosshead']);

/** True for a headline, standfirst or crosshead block. */
export function isDisplayKind(kind: BlockKind): boolean {
  return DISPLAY_KINDS.has(kind);
}
