/**
 * Public entry of the attribution engine: ordered article blocks in, typed records out.
 * Pure TypeScript — no DOM, no browser API — so it runs the same in Node and in the background.
 * The folders are the pipeline's stages, in order:
 *   1-text     tokens that keep their offsets, quotations, sentences, part-of-speech tags;
 *   2-quotes   cue-less quote paragraphs, claims inside quotations, headline echoes;
 *   3-cues     reporting verbs, noun cues, "according to", hedges;
 *   4-claims   each cue's clause and the claim it reports (before, after or around it);
 *   5-speakers speaker phrases by lexicon and by structure, the names pre-pass, entities,
 *              pronouns and role nouns;
 *   6-records  the article walk that carries speakers across sentences, nesting (`via`) and the
 *              public records, run in bounded slices by `incremental.ts`.
 * Word lists are data in `lexicon/`.
 */
import { extractAttributionsInSlices, runToEnd } from './6-records/incremental';
import type { ExtractionResult, TextBlock } from './types';

export type * from './types';
export {
  extractAttributionsInSlices,
  DEFAULT_SLICE_BUDGET,
  type SliceOptions,
} from './6-records/incremental';

/** Find every attributed claim in an article, in one synchronous call. */
export function extractAttributions(blocks: readonly TextBlock[]): ExtractionResult {
  return runToEnd(extractAttributionsInSlices(blocks, { sliceBudget: Number.POSITIVE_INFINITY }));
}
