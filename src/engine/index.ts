/**
 * Public entry of the attribution engine: ordered article blocks in, typed records out.
 * Pure TypeScript — no DOM, no browser API — so it runs the same in Node and in the content script.
 * The pipeline, in order: model (tokens, quotes, sentences) → names pre-pass → per-sentence cues,
 * patterns and frames (passive agents, "As X says,", "we're told") → cue-less continuations →
 * speaker resolution (gender-aware pronouns, antecedents) and nesting (`via`) → headline echoes
 * → hedges. The stages live in `incremental.ts`, which can also run them in bounded slices.
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
