/**
 * Extraction measured against Mozilla Readability's expected output for the saved news pages
 * (`expected.html` beside each `source.html`): precision = share of our body text that Readability
 * also kept (menus, teasers and captions count against us); recall = share of Readability's
 * paragraphs we found. Headline and standfirst are left out (Readability drops them too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/page/extract/index';
import { CORPUS, normalizeSpace, parsePage, readManifest, readSavedPage } from './corpus';

/** Paragraphs shorter than this in Readability's output are not counted for recall. */
const MIN_EXPECTED_PARAGRAPH = 30;

/** One page's figures and the first blocks Readability did not keep. */
export interface ExtractionPageScore {
  name: string;
  precision: number;
  recall: number;
  extra: string[];
}

/** Character-weighted precision and recall over all news and opinion pages. */
export function evaluateExtraction(): {
  precision: number;
  recall: number;
  pages: ExtractionPageScore[];
} {
  let kept = 0;
  let keptInExpected = 0;
  let expectedTotal = 0;
  let expectedFound = 0;
  const pages: ExtractionPageScore[] = [];
  for (const row of readManifest()) {
    if (row.klass !== 'news' && row.klass !== 'opinion-or-feature') continue;
    const expectedDoc = parsePage(
      readFileSync(join(CORPUS, 'readability', row.name, 'expected.html'), 'utf8'),
    );
    const expectedText = normalizeSpace(expectedDoc.documentElement.textContent ?? '');
    const article = extractArticle(parsePage(readSavedPage(row.name)));
    const blocks = (article?.blocks ?? []).filter(
      (b) => b.kind !== 'headline' && b.kind !== 'standfirst',
    );
    let pageKept = 0;
    let pageIn = 0;
    const extra: string[] = [];
    for (const block of blocks) {
      const text = normalizeSpace(block.text);
      pageKept += text.length;
      if (expectedText.includes(text)) pageIn += text.length;
      else extra.push(text.slice(0, 60));
    }
    const ours = normalizeSpace(blocks.map((b) => b.text).join(' '));
    let pageExpected = 0;
    let pageFound = 0;
    for (const p of Array.from(expectedDoc.querySelectorAll('p'))) {
      const text = normalizeSpace(p.textContent ?? '');
      if (text.length < MIN_EXPECTED_PARAGRAPH) continue;
      pageExpected += text.length;
      if (ours.includes(text)) pageFound += text.length;
    }
    kept += pageKept;
    keptInExpected += pageIn;
    expectedTotal += pageExpected;
    expectedFound += pageFound;
    pages.push({
      name: row.name,
      precision: pageKept ? pageIn / pageKept : 0,
      recall: pageExpected ? pageFound / pageExpected : 1,
      extra: extra.slice(0, 3),
    });
  }
  return { precision: keptInExpected / kept, recall: expectedFound / expectedTotal, pages };
}
