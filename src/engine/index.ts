/**
 * Public entry of the attribution engine: ordered article blocks in, typed records out.
 * Pure TypeScript — no DOM, no browser API — so it runs the same in Node and in the content script.
 */
import type { ExtractionResult, TextBlock } from './types';

export type * from './types';

/** Find every attributed claim in an article. */
export function extractAttributions(blocks: readonly TextBlock[]): ExtractionResult {
  void blocks;
  return { attributions: [], entities: [], hedges: [] };
}
