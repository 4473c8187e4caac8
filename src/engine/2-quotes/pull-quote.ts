/**
 * Pull quotes. Outlets lift a sentence out of a quotation and print it again as a boxed block
 * quote, usually with no cue and often before the paragraph that quotes it in full:
 *
 *   > It was the best season we have had in a decade        ← the pull quote, no cue
 *   ...
 *   Ms Rowe said: "It was the best season we have had in a decade - and the hardest."
 *
 * With no cue the pull quote is given to the last speaker before it, who is often someone else.
 * Its speaker is whoever says the same words in the body, wherever that is.
 */
import type { BlockModel } from '../1-text/model';
import type { Resolved } from '../6-records/nesting';
import { covered, norm } from './echo';

/** Fewer words than this match a body quote by chance ("we hope so"). */
const MIN_WORDS = 5;
/** Share of the pull quote's words the body quotation must hold. */
const MIN_COVER = 0.75;

function wordsOf(models: readonly BlockModel[], r: Resolved): string[] {
  return norm(models[r.raw.block]?.text.slice(r.raw.start, r.raw.end) ?? '');
}

/** Is `r` a cue-less quotation that stands as a block quote of its own? */
function isPullQuote(models: readonly BlockModel[], r: Resolved): boolean {
  return r.cue === null && r.raw.kind === 'direct' && models[r.raw.block]?.kind === 'blockquote';
}

/**
 * Give each cue-less block quote the speaker of the body quotation (in another block, not itself
 * a block quote) that repeats its words. `records` is changed in place.
 */
export function creditPullQuotes(models: readonly BlockModel[], records: readonly Resolved[]) {
  // Built only when there is a cue-less block quote: most articles have none.
  let bodyCache: Array<{ r: Resolved; words: Set<string> }> | null = null;
  const body = () =>
    (bodyCache ??= records
      .filter((r) => r.raw.kind !== 'indirect' && models[r.raw.block]?.kind === 'paragraph')
      .map((r) => ({ r, words: new Set(wordsOf(models, r)) })));
  for (const r of records) {
    if (!isPullQuote(models, r)) continue;
    const words = wordsOf(models, r);
    if (words.length < MIN_WORDS) continue;
    const source = body().find(
      (b) => b.r.raw.block !== r.raw.block && covered(words, b.words) >= MIN_COVER,
    );
    if (source === undefined || source.r.speaker === r.speaker) continue;
    r.speaker = source.r.speaker;
    r.mention = null;
    r.pronoun = false;
  }
}
