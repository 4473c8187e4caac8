/**
 * Every real saved page of ../shared/corpus (resolved from the project root) goes through the whole
 * in-page pipeline in Node — detection, extraction, the engine — without an exception, and the
 * engine's records honour their contract on real text. linkedom stands in for the browser DOM.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../../src/engine/index';
import { detectNews } from '../../../src/page/detect/index';
import { extractArticle } from '../../../src/page/extract/index';
import { contractViolations } from './invariants';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

/** Each saved page of readability/, with a URL of the shape a news site would give it. */
function savedPages(): Array<[string, string, string]> {
  const root = join(CORPUS, 'readability');
  return readdirSync(root)
    .sort()
    .filter((name) => existsSync(join(root, name, 'source.html')))
    .map((name) => [
      name,
      join(root, name, 'source.html'),
      `https://example.org/2026/11/${name}.html`,
    ]);
}

/** Gold articles stored as plain text (dev/<id>/article.txt): paragraphs split on blank lines. */
function textArticles(): Array<[string, string]> {
  const root = join(CORPUS, 'dev');
  return readdirSync(root)
    .sort()
    .filter((id) => existsSync(join(root, id, 'article.txt')))
    .map((id) => [id, readFileSync(join(root, id, 'article.txt'), 'utf8')]);
}

const PAGES = savedPages();

describe('the corpus is there', () => {
  it('has the 130 readability pages and the dev HTML pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(130);
  });
});

describe('detection → extraction → engine on every saved page', () => {
  it.each(PAGES)('%s', (_id, file, url) => {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const doc = document as unknown as Document;
    const detection = detectNews(doc, url);
    expect(['news', 'opinion', 'article', 'not-news']).toContain(detection.verdict);
    expect(Number.isFinite(detection.score)).toBe(true);
    const article = extractArticle(doc);
    if (article === null) return;
    expect(article.anchors).toHaveLength(article.blocks.length);
    const result = extractAttributions(article.blocks);
    expect(contractViolations(article.blocks, result)).toEqual([]);
  });
});

describe('engine on the plain-text gold articles', () => {
  it.each(textArticles())('%s', (_id, text) => {
    const blocks = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p, i) => ({ kind: i === 0 ? ('headline' as const) : ('paragraph' as const), text: p }));
    const result = extractAttributions(blocks);
    expect(result.attributions.length).toBeGreaterThan(0);
    expect(contractViolations(blocks, result)).toEqual([]);
  });
});
