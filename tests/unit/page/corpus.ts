/**
 * Reading the shared corpus (../shared/corpus, resolved from the project root) for page-layer
 * tests and scripts: saved pages, the detection manifest and the gold annotations.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The shared corpus, by its project-relative path. */
export const CORPUS = resolve(ROOT, '../shared/corpus');

/** Parse saved HTML into a linkedom document. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A linkedom document whose body is `inner`: the page fragment a table-driven test is about. */
export function pageWithBody(inner: string): Document {
  return parsePage(`<!doctype html><html><head></head><body>${inner}</body></html>`);
}

/** One row of readability/manifest.tsv. */
export interface ManifestRow {
  name: string;
  klass: 'news' | 'opinion-or-feature' | 'blog-or-docs' | 'non-article';
  site: string;
}

/** The detection ground truth. */
export function readManifest(): ManifestRow[] {
  const lines = readFileSync(join(CORPUS, 'readability/manifest.tsv'), 'utf8').trim().split('\n');
  return lines.slice(1).map((line) => {
    const [name = '', klass = '', , site = ''] = line.split('\t');
    return { name, klass: klass as ManifestRow['klass'], site };
  });
}

/** A saved page's HTML. */
export function readSavedPage(name: string): string {
  return readFileSync(join(CORPUS, 'readability', name, 'source.html'), 'utf8');
}

/** A gold-annotated article whose source is a saved HTML page. */
export interface GoldPage {
  id: string;
  html: string;
  contents: string[];
}

/** Every dev article with an HTML source, with its gold contents. */
export function readGoldPages(): GoldPage[] {
  const dev = join(CORPUS, 'dev');
  const out: GoldPage[] = [];
  for (const id of readdirSync(dev).sort()) {
    const goldPath = join(dev, id, 'gold.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
      file: string;
      attributions: Array<{ content: string }>;
    };
    if (!gold.file.endsWith('.html')) continue;
    const html = readFileSync(join(dev, id, gold.file), 'utf8');
    out.push({ id, html, contents: gold.attributions.map((a) => a.content) });
  }
  return out;
}

/** Whitespace-normalized text for containment checks (soft hyphens and NBSP folded). */
export function normalizeSpace(text: string): string {
  return text.replaceAll('\u00AD', '').replace(/\s+/gu, ' ').trim();
}
