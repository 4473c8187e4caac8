/**
 * Extraction on real saved pages: every gold claim of ../shared/corpus/dev is in the extracted text
 * (recall), no page of ../shared/corpus/readability makes extraction throw, and on the saved news
 * pages our text agrees with Readability's (no menus or teasers).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/index';
import { normalizeSpace, parsePage, readGoldPages, readManifest, readSavedPage } from './corpus';
import { evaluateExtraction } from './extract-eval';

describe('extraction recall on the gold articles', () => {
  it.each(readGoldPages().map((p) => [p.id, p] as const))('%s', (_id, page) => {
    const article = extractArticle(parsePage(page.html));
    const text = normalizeSpace((article?.blocks ?? []).map((b) => b.text).join('\n'));
    const missing = page.contents.filter((c) => !text.includes(normalizeSpace(c)));
    expect(missing).toEqual([]);
  });
});

describe('extraction never throws', () => {
  it('on every saved page', () => {
    for (const row of readManifest()) {
      expect(() => extractArticle(parsePage(readSavedPage(row.name))), row.name).not.toThrow();
    }
  });
});

describe('extraction against Readability on the saved news pages', () => {
  it('keeps the article and leaves out menus and teasers', () => {
    const score = evaluateExtraction();
    const weak = score.pages.filter((p) => p.precision < 0.9 || p.recall < 0.9);
    console.log(
      `extraction precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}\n` +
        weak
          .map(
            (p) =>
              `${p.name}: precision ${p.precision.toFixed(2)} recall ${p.recall.toFixed(2)} ${p.extra.join(' | ')}`,
          )
          .join('\n'),
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
