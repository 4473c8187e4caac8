/**
 * The attribution engine run inside the page, in 8 ms slices: what the controller's `extract`
 * dependency does in unit tests and in the profiler's page bundle. The extension itself asks the
 * background instead (see `content.ts`), so the content script never carries the engine's code.
 */
import type { TextBlock } from '../engine/types';
import { yieldToPage } from './annotate';
import type { EngineAnswer } from './controller';
import { highlightPlan } from './highlight/plan';
import { runStepsSliced } from './steps';

/** Engine records for `blocks`, computed here in slices; null when `signal` aborted the run. */
export async function extractInPage(
  blocks: TextBlock[],
  signal: AbortSignal,
): Promise<EngineAnswer | null> {
  const { extractAttributionsInSlices } = await import('../engine/index');
  const start = performance.now();
  const result = await runStepsSliced(extractAttributionsInSlices(blocks), yieldToPage, signal);
  if (!result) return null;
  return {
    plan: highlightPlan(result),
    records: () => Promise.resolve(result),
    engineMs: performance.now() - start,
  };
}
