/**
 * Stage 8: find hedges ("reportedly", "is said to") by scanning tokens against the hedge lexicon.
 */
import { HEDGES_BY_FIRST, type HedgeEntry } from '../lexicon/hedges';
import type { BlockModel } from '../1-text/model';
import type { Hedge } from '../types';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** The first words of hedges as a token's bit: `findHedges` asks it of every token. */
const HEDGE_CLASS = tokenClass(HEDGES_BY_FIRST);

/** Does `entry` match the tokens from `i` on? */
function matchesAt(block: BlockModel, i: number, entry: HedgeEntry): boolean {
  for (let k = 0; k < entry.tokens.length; k += 1) {
    if (block.tokens[i + k]?.lower !== entry.tokens[k]) return false;
  }
  return true;
}

/**
 * The first of `entries` that matches from `i` on. A plain function, not `entries.find(...)` with
 * a closure over the loop index, which would make V8 allocate a context for every token.
 */
function firstMatch(
  block: BlockModel,
  i: number,
  entries: readonly HedgeEntry[],
): HedgeEntry | undefined {
  for (const entry of entries) if (matchesAt(block, i, entry)) return entry;
  return undefined;
}

/** Every hedge in a block. */
export function findHedges(block: BlockModel): Hedge[] {
  const found: Hedge[] = [];
  // Plain loops: this visits every token of the article, and most have no hedge entry at all.
  for (let i = 0; i < block.tokens.length; i += 1) {
    const token = block.tokens[i];
    // Every hedge starts with a word: punctuation needs no table look-up.
    const entries =
      token?.isWord !== true || !inClass(token, HEDGE_CLASS)
        ? undefined
        : HEDGES_BY_FIRST.get(token.lower);
    if (token === undefined || entries === undefined) continue;
    const entry = firstMatch(block, i, entries);
    if (entry === undefined) continue;
    const end = block.tokens[i + entry.tokens.length - 1]?.end ?? token.end;
    found.push({
      block: block.index,
      start: token.start,
      end,
      text: block.text.slice(token.start, end),
      lemma: entry.lemma,
    });
  }
  return found;
}
