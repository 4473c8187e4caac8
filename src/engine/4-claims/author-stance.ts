/**
 * Stage 6a: the author's own stance joined onto a reported claim — "Coders have asked for the
 * former, and we think Apple chose the latter", "..., but I suspect it will not last". In reported
 * speech the speaker's first person is shifted ("they think"); an unquoted "we think" or "I
 * believe" after ", and"/", but" is the writer speaking, so the claim ends at that comma.
 */
import type { Range } from './clause';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Joiners that put a second clause after the claim. */
const JOINERS = lazySet(() => ['and', 'but']);
/** First-person subjects of the writer. */
const WRITER = lazySet(() => ['we', 'i']);
/** Verbs of opinion by which the writer weighs in. */
// prettier-ignore
const OPINION_VERBS = lazySet(() => [
  'think', 'believe', 'suspect', 'guess', 'feel', 'reckon', 'doubt', 'expect', 'hope', 'suppose',
]);

/** Cut the claim in `r` before ", and we think ..." (unchanged when there is none). */
export function cutAuthorStance(block: BlockModel, r: Range): Range {
  for (let i = r.from + 1; i < r.to - 3; i += 1) {
    if (block.tokens[i]?.text !== ',' || block.quoted[i] === true) continue;
    if (!JOINERS.has(block.tokens[i + 1]?.lower ?? '')) continue;
    if (!WRITER.has(block.tokens[i + 2]?.lower ?? '') || block.quoted[i + 2] === true) continue;
    if (OPINION_VERBS.has(block.tokens[i + 3]?.lower ?? '')) return { from: r.from, to: i };
  }
  return r;
}
