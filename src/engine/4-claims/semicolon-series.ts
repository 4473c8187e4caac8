/**
 * Stage 6f': a semicolon that separates the items of one series is not the end of a claim. "The
 * report said the oil had been skimmed; evaporated; or dispersed" lists what the speaker said;
 * a series is written with two or more semicolons, the last one closed by "and" or "or". One
 * semicolon, even "; and there were rumors", still ends the claim and opens the author's clause.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Conjunctions that close a series after its last semicolon. */
const SERIES_CLOSERS = lazySet(() => ['and', 'or']);

/**
 * Is the semicolon at `i` one of a series in the claim `[from, to)`: an inner one (a later
 * semicolon is followed by "and" or "or"), or the closing "; and" after an earlier one?
 */
export function semicolonInSeries(block: BlockModel, i: number, from: number, to: number): boolean {
  if (block.tokens[i]?.text !== ';') return false;
  if (SERIES_CLOSERS.has(block.tokens[i + 1]?.lower ?? '')) {
    for (let k = from; k < i; k += 1)
      if (block.tokens[k]?.text === ';' && block.quoted[k] !== true) return true;
    return false;
  }
  for (let k = i + 1; k < to - 1; k += 1) {
    if (block.tokens[k]?.text !== ';' || block.quoted[k] === true) continue;
    if (SERIES_CLOSERS.has(block.tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
