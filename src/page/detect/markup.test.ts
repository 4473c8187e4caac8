import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import type { DetectionSignal } from '../types';
import { markupSignals } from './markup';

const RICH =
  '<article itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author">A</span>' +
  '<time datetime="2024-01-01">1 Jan</time><div itemprop="articleBody"><p>x</p></div></article>';

describe('markupSignals', () => {
  const cases: Array<{ name: string; html: string; score: number; expected: string[] }> = [
    {
      name: 'undecided page: every kind of markup is read',
      html: RICH,
      score: -2,
      expected: ['microdataNews', 'articleElement', 'articleBody', 'byline', 'dateline'],
    },
    {
      name: 'reads in order and stops once the threshold is reached',
      html: RICH,
      score: 1,
      expected: ['microdataNews'],
    },
    {
      name: 'already news and beyond what microdata can take away: nothing is read',
      html: RICH,
      score: 6,
      expected: [],
    },
    {
      name: 'too far below to reach the threshold: nothing is read',
      html: RICH,
      score: -3,
      expected: [],
    },
    {
      name: 'a byline class counts when nothing cheaper was found',
      html: '<div class="Article-Byline">By A</div>',
      score: 3.5,
      expected: ['byline'],
    },
    {
      name: 'blog microdata counts against',
      html: '<div itemscope itemtype="http://schema.org/BlogPosting"></div>',
      score: 4.5,
      expected: ['microdataBlog'],
    },
    { name: 'plain markup adds nothing', html: '<div><p>Text</p></div>', score: 2, expected: [] },
  ];
  it.each(cases)('$name', ({ html, score, expected }) => {
    const signals: DetectionSignal[] = [];
    const total = markupSignals(pageWithBody(html), signals, score);
    expect(signals.map((s) => s.name)).toEqual(expected);
    expect(total).toBeCloseTo(score + signals.reduce((sum, s) => sum + s.weight, 0));
  });
});
