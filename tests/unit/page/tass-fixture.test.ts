import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectNews } from '../../../src/page/detect/index';
import { extractArticle } from '../../../src/page/extract/index';
import { tassArticle, tassPage } from '../../fixtures/pages/tass';

describe('the TASS fixture page', () => {
  const doc = parseHTML(tassPage()).document as unknown as Document;

  it('is detected as news', () => {
    expect(detectNews(doc, 'https://tass.com/politics/1770000').verdict).toBe('news');
  });

  it('extracts headline, standfirst and every paragraph, and nothing around them', () => {
    const article = extractArticle(doc);
    const { headline, standfirst, paragraphs } = tassArticle();
    expect(article?.blocks).toEqual([
      { kind: 'headline', text: headline },
      { kind: 'standfirst', text: standfirst },
      ...paragraphs.map((text) => ({ kind: 'paragraph', text })),
    ]);
  });
});
