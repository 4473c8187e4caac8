/**
 * The Article Extraction Benchmark's pages in the shared corpus (../shared/corpus/aeb, read-only):
 * each page's saved HTML (gzip-compressed), its address and the hand-made reference text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One benchmark page. */
export interface AebPage {
  /** The page's hash, its name in the benchmark. */
  id: string;
  url: string;
  /** The reference article text (the benchmark's `articleBody`). */
  truth: string;
  html: string;
}

/** Every page of `dir` (the aeb folder), in the order of its ground-truth file. */
export function readAebPages(dir: string): AebPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string; articleBody?: string }
  >;
  return Object.entries(truth).map(([id, entry]) => ({
    id,
    url: entry.url ?? '',
    truth: entry.articleBody ?? '',
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}
