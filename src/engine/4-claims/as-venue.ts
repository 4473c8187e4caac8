/**
 * Stage 6e: "As Ann Roe wrote in the Harbor Times in 2012, ...": in an opening "As" frame, the
 * verb may be followed by where and when the words appeared (a capitalised publication or place,
 * a year) before the frame's comma. Those phrases name no claim; the main clause after the comma
 * is still what the frame attributes.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Prepositions that open a venue or a time after the frame's verb. */
const VENUE_PREPOSITIONS = lazySet(() => ['in', 'on', 'at', 'for']);

/** Most venue or time phrases before the comma. */
const MAX_PHRASES = 3;

/** Longest name in one venue phrase, in words. */
const MAX_NAME = 5;

/** The end of one "in the Harbor Times" / "in 2012" phrase at `k`, or `k` when none opens there. */
function venuePhraseEnd(block: BlockModel, k: number, ceiling: number): number {
  if (block.quoted[k] === true || !VENUE_PREPOSITIONS.has(block.tokens[k]?.lower ?? '')) return k;
  let m = k + 1;
  if (block.tokens[m]?.lower === 'the') m += 1;
  const start = m;
  while (m < Math.min(ceiling, start + MAX_NAME)) {
    const t = block.tokens[m];
    if (t === undefined || !t.isWord || block.quoted[m] === true) break;
    if (!(t.cap || /^\d{4}$/.test(t.text))) break;
    m += 1;
  }
  return m > start ? m : k;
}

/**
 * The comma after the venue and time phrases that open at `k` ("in the Harbor Times in 2012,"),
 * or -1 when no such phrase opens there or no comma ends them.
 */
export function venueFrameComma(block: BlockModel, k: number, ceiling: number): number {
  let m = k;
  for (let n = 0; n < MAX_PHRASES; n += 1) {
    const end = venuePhraseEnd(block, m, ceiling);
    if (end === m) break;
    m = end;
  }
  return m > k && block.tokens[m]?.text === ',' ? m : -1;
}
