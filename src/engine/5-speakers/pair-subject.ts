/**
 * Two people named as one subject, each perhaps with an appositive: "Steven Sloman, a professor at
 * Brown, and Philip Fernbach argue ...", "Roe and Lund see ...". Such a pair is one source for a
 * reader (and the corpus): a later "they" means both, not the nearer one (`recency.ts`).
 */
import type { BlockModel } from '../1-text/model';
import { KIN, POSSESSIVES } from '../lexicon/phrase-words';
import { DETERMINERS } from '../lexicon/words';
import { lazySet } from '../lexicon/lazy';

/** How many words a name of the pair may run to ("F. James Sensenbrenner Jr"). */
const NAME_REACH = 4;
/** How many tokens an appositive between commas may run to. */
const APPOSITIVE_REACH = 14;

/** Dashes that set off an appositive, and what may end one. */
const DASHES = lazySet(() => ['--', '\u2014', '\u2013', '-']);
const ENDS = lazySet(() => ['.', ',', ';', '--', '-', '\u2014', '\u2013']);

/** Past "his daughter", "her husband," at `k`: where the name after the kin word starts. */
function kinBefore(block: BlockModel, k: number): number {
  const owner = block.tokens[k]?.lower ?? '';
  const kin = block.tokens[k + 1]?.lower ?? '';
  if (!POSSESSIVES.has(owner) || !KIN.has(kin)) return k;
  return block.tokens[k + 2]?.text === ',' ? k + 3 : k + 2;
}

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
    // "Jack Roe and his daughter Sara Roe": a kin word before the second name.
    const secondStart = kinBefore(block, k + 1);
    const secondEnd = nameEnd(block, secondStart, to);
    if (secondEnd < 0) continue;
    // "two more marshals -- Ann Roe and Ben Lund.": a pair set off after a dash names the group.
    if (
      DASHES.has(block.tokens[firstStart - 1]?.text ?? '') &&
      ENDS.has(block.tokens[secondEnd]?.text ?? '.')
    )
      return [
        [firstStart, firstEnd + 1],
        [secondStart, secondEnd],
      ];
    let v = secondEnd;
    if (block.tokens[v]?.text === ',') v = pastAppositive(block, v, to);
    if (v < 0) continue;
    while (block.tags[v] === 'adv') v += 1;
    const tag = block.tags[v];
    // "..., a historian, probe the gap": a noun-or-verb word before a determiner is the verb.
    const verbal = tag === 'noun' && DETERMINERS.has(block.tokens[v + 1]?.lower ?? '');
    if (tag === 'verb' || tag === 'aux' || verbal)
      return [
        [firstStart, firstEnd + 1],
        [secondStart, secondEnd],
      ];
  }
  return null;
}
