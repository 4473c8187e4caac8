/**
 * The attribution engine's home in the extension. Content scripts send an article's blocks and get
 * the records back: the engine is parsed, compiled and warmed up once per background lifetime
 * instead of cold in every page, its lexicon tables are built once, and its work runs off the
 * page's main thread. Page text only passes through here in memory; nothing is kept or sent on.
 */
import { extractAttributions, type ExtractionResult, type TextBlock } from '../engine/index';
import { highlightPlan, type HighlightPlan } from '../page/highlight/plan';
import { packJson, type PackedJson } from '../protocol/compact';

// A record over every kind, so a kind added to the engine's contract must be added here too.
const BLOCK_KINDS: Record<TextBlock['kind'], true> = {
  headline: true,
  standfirst: true,
  paragraph: true,
  blockquote: true,
  crosshead: true,
  listItem: true,
};

const EMPTY: ExtractionResult = { attributions: [], entities: [], hedges: [] };

/** True when `value` is an article as the page layer sends it; anything else gets no work. */
export function isBlockList(value: unknown): value is TextBlock[] {
  return (
    Array.isArray(value) &&
    value.every(
      (block: unknown) =>
        typeof block === 'object' &&
        block !== null &&
        typeof (block as Partial<TextBlock>).text === 'string' &&
        Object.hasOwn(BLOCK_KINDS, String((block as Partial<TextBlock>).kind)),
    )
  );
}

/** The engine's records for a request: none for a malformed payload. */
export function extractForPage(payload: { blocks: unknown } | null | undefined): ExtractionResult {
  const blocks = payload?.blocks;
  if (!isBlockList(blocks)) return EMPTY;
  return extractAttributions(blocks.map(({ kind, text }) => ({ kind, text })));
}

/** One `extract` request answered: the reply the page draws from, and the records it will collect. */
export interface ExtractAnswer {
  result: ExtractionResult;
  blocks: readonly TextBlock[];
  plan: HighlightPlan;
  engineMs: number;
}

/**
 * Answer one `extract` request: the records, the highlight plan (offsets the page draws from,
 * computed here, off the page's main thread) and the engine's own time.
 */
export function answerExtract(payload: { blocks: unknown } | null | undefined): ExtractAnswer {
  const start = performance.now();
  const result = extractForPage(payload);
  const engineMs = performance.now() - start;
  const blocks = isBlockList(payload?.blocks) ? payload.blocks : [];
  return { result, blocks, plan: highlightPlan(result), engineMs };
}

/** Records as they travel: packed against the blocks they were computed from. */
export function packRecords(
  held: { result: ExtractionResult; blocks: readonly TextBlock[] } | undefined,
): PackedJson<ExtractionResult> | null {
  return held ? packJson(held.result, held.blocks) : null;
}
