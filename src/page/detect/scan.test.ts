import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readMetadata } from './scan';

function page(head: string, body = ''): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('readMetadata', () => {
  const cases: Array<{ name: string; head: string; body?: string; expected: object }> = [
    {
      name: 'Open Graph type, date, section and site name',
      head:
        '<meta property="og:type" content=" Article "><meta property="article:published_time" content="2024">' +
        '<meta property="article:section" content="World"><meta property="og:site_name" content="Daily News">',
      expected: {
        ogType: 'article',
        publishedTime: true,
        sections: ['World'],
        newsSiteName: 'Daily News',
      },
    },
    {
      name: 'the canonical link outranks og:url',
      head: '<meta property="og:url" content="https://a.example/x"><link rel="canonical" href="https://b.example/y">',
      expected: { canonicalUrl: 'https://b.example/y' },
    },
    {
      name: 'JSON-LD in the body, @graph and articleSection',
      head: '',
      body: '<script type="application/LD+JSON">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","articleSection":"Politics"}]}</script>',
      expected: { jsonLdTypes: ['WebPage', 'NewsArticle'], sections: ['Politics'] },
    },
    {
      name: 'JSON-LD without a type is not parsed; broken JSON-LD is skipped',
      head: '<script type="application/ld+json">{"name":"x"}</script><script type="application/ld+json">{"@type": "News</script>',
      expected: { jsonLdTypes: [] },
    },
    {
      name: 'news_keywords and article:tag',
      head: '<meta name="news_keywords" content="a, b"><meta property="article:tag" content="c">',
      expected: { newsKeywords: true, articleTag: true },
    },
    {
      name: 'empty content says nothing',
      head: '<meta property="og:type" content="">',
      expected: { ogType: null },
    },
  ];
  it.each(cases)('$name', ({ head, body, expected }) => {
    expect(readMetadata(page(head, body))).toMatchObject(expected);
  });
});
