import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectNews } from './index';

function page(head: string, body: string): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

const LONG =
  'The minister said on Tuesday that the talks, which lasted three hours, had been useful and constructive, and he added that more meetings would follow in the coming weeks, officials said.';
const BODY = `<article><h1>Talks were useful</h1>${`<p>${LONG}</p>`.repeat(8)}</article>`;

describe('detectNews', () => {
  const cases: Array<{ name: string; head: string; body: string; url?: string; verdict: string }> =
    [
      {
        name: 'JSON-LD NewsArticle in @graph',
        head: '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle"}]}</script>',
        body: BODY,
        verdict: 'news',
      },
      {
        name: 'JSON-LD top-level array with a subtype',
        head: '<script type="application/ld+json">[{"@type":"ReportageNewsArticle"}]</script>',
        body: BODY,
        verdict: 'news',
      },
      {
        name: 'OpinionNewsArticle is opinion',
        head: '<script type="application/ld+json">{"@type":"OpinionNewsArticle"}</script>',
        body: BODY,
        verdict: 'opinion',
      },
      {
        name: 'og:type article, published time and a dated URL',
        head: '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01">',
        body: BODY,
        url: 'https://example.com/2024/01/02/talks-were-useful-says-minister',
        verdict: 'news',
      },
      {
        name: 'opinion section URL',
        head: '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01">',
        body: BODY,
        url: 'https://example.com/opinion/2024/01/02/talks-were-useful',
        verdict: 'opinion',
      },
      {
        name: 'a short page with no metadata',
        head: '<title>Home</title>',
        body: '<nav><a href="/a">A</a></nav><p>Welcome.</p>',
        url: 'https://example.com/',
        verdict: 'not-news',
      },
      {
        name: 'broken JSON-LD is ignored, not thrown',
        head: '<script type="application/ld+json">{"@type": "NewsArt</script>',
        body: '<p>Short.</p>',
        verdict: 'not-news',
      },
      {
        name: 'a blog post: not news, but an article',
        head:
          '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-01">' +
          '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
        body: BODY,
        url: 'https://example.com/blog/introducing-our-new-chief-executive',
        verdict: 'article',
      },
      {
        name: 'a press release reporting what was said, under a standalone dateline: news',
        head: '<meta property="og:type" content="website">',
        body: `<p>BAAR, SWITZERLAND</p>${BODY}`,
        url: 'https://example.com/news-and-events/company-news/company-announces-a-partnership.html',
        verdict: 'news',
      },
      {
        name: 'a post with thin text still declares itself an article',
        head:
          '<meta property="og:type" content="article">' +
          '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
        body: '<div><span>Photos show the actress looking stunning.</span></div>',
        url: 'https://example.com/2018/10/actress-is-stunning.html',
        verdict: 'article',
      },
      {
        name: 'a front page of teasers is no article',
        head: '<meta property="og:type" content="article">',
        body: BODY,
        url: 'https://example.com/',
        verdict: 'not-news',
      },
      {
        name: 'a TechArticle in the docs is no article',
        head:
          '<meta property="og:type" content="article">' +
          '<script type="application/ld+json">{"@type":"TechArticle"}</script>',
        body: BODY,
        url: 'https://example.com/docs/install-the-command-line-tools',
        verdict: 'not-news',
      },
      {
        name: 'a docs page with long paragraphs',
        head: '<meta property="og:type" content="website">',
        body: BODY,
        url: 'https://docs.example.com/guide/install',
        verdict: 'not-news',
      },
    ];
  it.each(cases)('$name', ({ head, body, url, verdict }) => {
    const detection = detectNews(page(head, body), url);
    expect(detection.verdict).toBe(verdict);
    expect(detection.score).toBe(
      Math.round(detection.signals.reduce((s, x) => s + x.weight, 0) * 10) / 10,
    );
    if (verdict === 'article' || verdict === 'not-news') {
      const article = detection.signals.reduce((s, x) => s + (x.articleWeight ?? 0), 0);
      expect(detection.articleScore).toBe(Math.round(article * 10) / 10);
    }
  });

  it.each<[string, string, string]>([
    ['BlogPosting', 'jsonLdBlog', 'blog post'],
    ['TechArticle', 'jsonLdNonNews', 'docs'],
    ['Article', 'jsonLdArticle', 'article'],
  ])('JSON-LD %s is the %s signal (%s)', (type, name) => {
    const head = `<script type="application/ld+json">{"@type":"${type}"}</script>`;
    expect(detectNews(page(head, BODY)).signals.map((s) => s.name)).toContain(name);
  });

  it('explains itself with named signals', () => {
    const detection = detectNews(
      page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>', BODY),
    );
    expect(detection.signals.map((s) => s.name)).toContain('jsonLdNews');
  });
});
