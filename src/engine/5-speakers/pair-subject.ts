/**
 * Two people named as one subject, each perhaps with an appositive: "Steven Sloman, a professor at
 * Brown, and Philip Fernbach argue ...", "Roe and Lund see ...". Such a pair is one source for a
 * reader (and the corpus): a later "they" means both, not the nearer one (`recency.ts`).
 */
import type { BlockModel } from '../1-text/model';

/** How many words a name of the pair may run to ("F. James Sensenbrenner Jr"). */
const NAME_REACH = 4;
/** How many tokens an appositive between commas may run to. */
const APPOSITIVE_REACH = 14;

/** Token ranges `[from, to)` of the two names. */
export type Pair = readonly [first: readonly [number, number], second: readonly [number, number]];

const isName = (block: BlockModel, k: number): boolean =>
  block.tags[k] === 'name' && block.quoted[k] !== true && block.tokens[k]?.cap === true;

/** The start of the name run ending at `end` (inclusive), or -1 when `end` is no name. */
function nameStart(block: BlockModel, end: number, floor: number): number {
  let k = end;
  while (k >= floor && k > end - NAME_REACH && isName(block, k)) k -= 1;
  return k === end ? -1 : k + 1;
}

/** The end (exclusive) of the name run starting at `start`, or -1 when `start` is no name. */
function nameEnd(block: BlockModel, start: number, to: number): number {
  let k = start;
  while (k < to && k < start + NAME_REACH && isName(block, k)) k += 1;
  return k === start ? -1 : k;
}

/** Past a comma-enclosed appositive starting at the comma `k`: the token after its closing comma. */
function pastAppositive(block: BlockModel, k: number, to: number): number {
  for (let j = k + 1; j < Math.min(to, k + APPOSITIVE_REACH); j += 1) {
    if (block.quoted[j] === true) return -1;
    if (block.tokens[j]?.text === ',') return j + 1;
  }
  return -1;
}

/** Back over a comma-enclosed appositive whose closing comma is `k`: its opening comma, or -1. */
function beforeAppositive(block: BlockModel, k: number, floor: number): number {
  for (let j = k - 1; j > Math.max(floor, k - APPOSITIVE_REACH); j -= 1) {
    if (block.quoted[j] === true) return -1;
    if (block.tokens[j]?.text === ',') return j;
  }
  return -1;
}

/**
 * The first pair of names joined by "and" that a verb follows (after an appositive, if any) in
 * the sentence at tokens `[from, to)`; null when there is none. "both X and Y" is left out: each
 * of them says it (`coordinated` in `article.ts`).
 */
export function pairSubject(block: BlockModel, from: number, to: number): Pair | null {
  for (let k = from + 1; k < to - 1; k += 1) {
    if (block.tokens[k]?.lower !== 'and' || block.quoted[k] === true) continue;
    let firstEnd = k - 1;
    if (block.tokens[firstEnd]?.text === ',')
      firstEnd = beforeAppositive(block, firstEnd, from) - 1;
    const firstStart = firstEnd < from ? -1 : nameStart(block, firstEnd, from);
    if (firstStart < 0 || block.tokens[firstStart - 1]?.lower === 'both') continue;
    const secondEnd = nameEnd(block, k + 1, to);
    if (secondEnd < 0) continue;
    let v = secondEnd;
    if (block.tokens[v]?.text === ',') v = pastAppositive(block, v, to);
    if (v < 0) continue;
    while (block.tags[v] === 'adv') v += 1;
    const tag = block.tags[v];
    if (tag === 'verb' || tag === 'aux')
      return [
        [firstStart, firstEnd + 1],
        [k + 1, secondEnd],
      ];
  }
  return null;
}
