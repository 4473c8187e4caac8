/**
 * What the page layer should draw on a page: the blocks Node extraction (linkedom) gives for the
 * same HTML the browser gets, and the size each `sourcelight-*` highlight must have for a result.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../src/page/extract/index';
import { categorySpans } from '../../../src/page/highlight/spans';
import { CATEGORIES } from '../../../src/page/types';
import type { ExtractionResult, TextBlock } from '../../../src/engine/types';
import { CORPUS_ROOT } from '../server';

/** Highlight name → range count for a result, for the categories it contains. */
export function highlightSizesFor(result: ExtractionResult): Record<string, number> {
  const spans = categorySpans(result);
  const out: Record<string, number> = {};
  for (const c of CATEGORIES) if (spans[c].length > 0) out[`sourcelight-${c}`] = spans[c].length;
  return out;
}

/** The blocks extraction gives in Node (linkedom) for this HTML. */
export function nodeBlocks(html: string): TextBlock[] {
  return extractArticle(parseHTML(html).document as unknown as Document)?.blocks ?? [];
}

/** A saved page's HTML from the shared corpus. */
export function savedPage(name: string): string {
  return readFileSync(resolve(CORPUS_ROOT, 'readability', name, 'source.html'), 'utf8');
}
