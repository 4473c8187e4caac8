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
  });

  it('explains itself with named signals', () => {
    const detection = detectNews(
      page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>', BODY),
    );
    expect(detection.signals.map((s) => s.name)).toContain('jsonLdNews');
  });
});
