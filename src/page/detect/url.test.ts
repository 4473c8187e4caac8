import { describe, expect, it } from 'vitest';
import { urlShape } from './url';

describe('urlShape', () => {
  const cases: Array<[string, Partial<ReturnType<typeof urlShape> & object>]> = [
    ['https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html', { dated: true }],
    ['https://example.com/news/20170312/story', { dated: true, newsSection: true }],
    ['https://example.com/', { front: true, dated: false }],
    ['https://example.com/politics', { front: true }],
    ['https://example.com/sport/', { front: true }],
    // A one-segment slug of a few words is a post, not a section front; only a single word is.
    ['https://example.com/about-bugs/', { front: false, storySlug: false }],
    ['https://example.com/river_flood', { front: false }],
    ['https://example.com/story.html', { front: false }],
    ['http://headlines.yahoo.co.jp/hl?a=20170309-35097838', { front: false }],
    ['https://example.com/world/minister-says-talks-were-useful', { storySlug: true }],
    ['https://docs.example.com/guide/install', { blogOrDocs: true, docs: true }],
    ['https://siliconexposed.blogspot.com/2016/05/x.html', { blogOrDocs: true, docs: false }],
    ['https://example.com/blog/introducing-our-new-chief', { blogOrDocs: true, docs: false }],
    ['https://blog.example.org/2018/10/09/a-grant', { blogOrDocs: true, docs: false }],
    ['https://developer.example.com/blog/x', { blogOrDocs: true, docs: true }],
    ['https://en.wikipedia.org/wiki/Mozilla', { blogOrDocs: true, docs: true }],
    ['https://medium.com/@someone/a-post-about-things', { personal: true }],
    ['https://www.theguardian.com/commentisfree/2020/jan/01/x', { opinion: true }],
    ['http://www.ehow.com/how_2042752_build-terrarium.html', { howTo: true }],
    ['https://www.royalroad.com/fiction/63759/super/chapter/1', { blogOrDocs: true, docs: true }],
    ['http://example.co.kr/news/news_view.html?idx=8576&page=1', { storySlug: true }],
    ['https://example.com/article.php?articleId=123456', { storySlug: true }],
    ['https://example.com/news/list.html?sectionId=1234', { storySlug: false }],
    ['https://example.com/search?page=12', { storySlug: false }],
    ['https://example.com/view?year=2019', { storySlug: false }],
    ['https://example.com/news-and-events/business-news/x.html', { newsSection: true }],
    ['https://example.com/newsletter/x.html', { newsSection: false }],
    ['https://example.com/about/news-and-events', { newsSection: false }],
  ];
  it.each(cases)('%s', (url, expected) => {
    expect(urlShape(url)).toMatchObject(expected);
  });

  it('returns null for an unparsable URL', () => {
    expect(urlShape('not a url')).toBeNull();
  });
});
