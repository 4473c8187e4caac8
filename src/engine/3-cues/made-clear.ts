/**
 * Stage 3: "made it clear that ...", "has made it very clear that ...": "make clear" with the
 * dummy object "it" (and an adverb of degree) between the verb and "clear". `phrasal.ts` reads
 * the particle only right after the verb ("made clear that"); with "it" in between the particle
 * stands two or three words on, and the clause after "that" is the claim all the same.
 */
import type { CueHit } from './cue-hit';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Forms of "make" that report with "it clear". */
const MAKE_FORMS = lazySet(() => ['make', 'makes', 'made', 'making']);

/** Modals before "make": what would make it clear is the author's expectation, not a claim. */
// prettier-ignore
const MODALS = lazySet(() => [
  'would', 'could', 'will', 'should', 'may', 'might', 'can', 'must', "'ll", "'d",
]);

/** The cue "made it (very) clear that" at token `i`, ending before "that", or null. */
export function madeItClearCue(block: BlockModel, i: number, ceiling: number): CueHit | null {
  if (!MAKE_FORMS.has(block.tokens[i]?.lower ?? '') || block.tokens[i + 1]?.lower !== 'it')
    return null;
  // "the allegations would make it clear that ...": a modal looks ahead; nobody has said it yet.
  if (MODALS.has(block.tokens[i - 1]?.lower ?? '')) return null;
  let k = i + 2;
  // "made it very clear", "made it abundantly clear": one adverb of degree.
  if (block.tags[k] === 'adv') k += 1;
  if (block.tokens[k]?.lower !== 'clear' || block.tokens[k + 1]?.lower !== 'that') return null;
  for (let m = i; m <= k + 1; m += 1) if (block.quoted[m] === true) return null;
  if (k + 2 >= ceiling) return null;
  return {
    from: i,
    to: k + 1,
    info: { lemma: 'make clear', class: 'neutral', complement: 'clause' },
    form: 'verb',
  };
}
