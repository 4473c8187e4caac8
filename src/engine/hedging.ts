/**
 * Stage 8: find hedges ("reportedly", "is said to") by scanning tokens against the hedge lexicon.
 */
import { HEDGES_BY_FIRST } from './lexicon/hedges';
import type { BlockModel } from './model';
import type { Hedge } from './types';

/** Every hedge in a block. */
export function findHedges(block: BlockModel): Hedge[] {
  const found: Hedge[] = [];
  block.tokens.forEach((token, i) => {
    for (const entry of HEDGES_BY_FIRST.get(token.lower) ?? []) {
      const matches = entry.tokens.every((w, k) => block.tokens[i + k]?.lower === w);
      if (!matches) continue;
      const end = block.tokens[i + entry.tokens.length - 1]?.end ?? token.end;
      found.push({
        block: block.index,
        start: token.start,
        end,
        text: block.text.slice(token.start, end),
        lemma: entry.lemma,
      });
      return;
    }
  });
  return found;
}
