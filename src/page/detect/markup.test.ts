import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import type { DetectionSignal } from '../types';
import { markupRange, markupSignals } from './markup';
import { ARTICLE_WEIGHTS, WEIGHTS } from './weights';

const RICH =
  '<article itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author">A</span>' +
  '<time datetime="2024-01-01">1 Jan</time><div itemprop="articleBody"><p>x</p></div></article>';

describe('markupSignals', () => {
  const cases: Array<{
    name: string;
    html: string;
    news: number;
    article?: number;
    expected: string[];
  }> = [
    {
      name: 'undecided page: every kind of markup is read',
      html: RICH,
      news: -2,
      expected: ['microdataNews', 'articleElement', 'articleBody', 'byline', 'dateline'],
    },
    {
      name: 'reads in order and stops once the threshold is reached',
      html: RICH,
      news: 1,
      expected: ['microdataNews'],
    },
    {
      name: 'already news and beyond what microdata can take away: nothing is read',
      html: RICH,
      news: 6,
      expected: [],
    },
    {
      name: 'too far below either threshold: nothing is read',
      html: RICH,
      news: -3,
      article: -6,
      expected: [],
    },
    {
      name: 'out of reach of news but not of an article: read for the article score',
      html: RICH,
      news: -3,
      article: 0,
      expected: ['microdataNews', 'articleElement'],
    },
    {
      name: 'out of reach of news and already an article: nothing is read',
      html: RICH,
      news: -3,
      article: 5,
      expected: [],
    },
    {
      name: 'a byline class counts when nothing cheaper was found',
      html: '<div class="Article-Byline">By A</div>',
      news: 3.5,
      expected: ['byline'],
    },
    {
      name: 'blog microdata counts against news, for an article',
      html: '<div itemscope itemtype="http://schema.org/BlogPosting"></div>',
      news: 4.5,
      expected: ['microdataBlog'],
    },
    { name: 'plain markup adds nothing', html: '<div><p>Text</p></div>', news: 2, expected: [] },
  ];
  it.each(cases)('$name', ({ html, news, article = -10, expected }) => {
    const signals: DetectionSignal[] = [];
    const scores = markupSignals(pageWithBody(html), signals, { news, article });
    expect(signals.map((s) => s.name)).toEqual(expected);
    expect(scores.news).toBeCloseTo(news + signals.reduce((sum, s) => sum + s.weight, 0));
    const articleSum = signals.reduce((sum, s) => sum + (s.articleWeight ?? 0), 0);
    expect(scores.article).toBeCloseTo(article + articleSum);
  });
});

describe('markupRange', () => {
  it('spans the most markup can take away and add, in either table', () => {
    const w = WEIGHTS;
    const a = ARTICLE_WEIGHTS;
    const rest = (t: typeof w | typeof a) =>
      t.articleElement + t.articleBody + t.byline + t.dateline;
    expect(markupRange(WEIGHTS)).toEqual([w.microdataBlog, w.microdataNews + rest(w)]);
    expect(markupRange(ARTICLE_WEIGHTS)).toEqual([
      0,
      Math.max(a.microdataNews, a.microdataArticle + a.microdataBlog) + rest(a),
    ]);
  });
});
