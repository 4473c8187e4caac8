import { describe, expect, it } from 'vitest';
import { urlShape } from './url';

describe('urlShape', () => {
  const cases: Array<[string, Partial<ReturnType<typeof urlShape> & object>]> = [
    ['https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html', { dated: true }],
    ['https://example.com/news/20170312/story', { dated: true, newsSection: true }],
    ['https://example.com/', { front: true, dated: false }],
    ['https://example.com/politics', { front: true }],
    ['http://headlines.yahoo.co.jp/hl?a=20170309-35097838', { front: false }],
    ['https://example.com/world/minister-says-talks-were-useful', { storySlug: true }],
    ['https://docs.example.com/guide/install', { blogOrDocs: true }],
    ['https://siliconexposed.blogspot.com/2016/05/x.html', { blogOrDocs: true }],
    ['https://en.wikipedia.org/wiki/Mozilla', { blogOrDocs: true }],
    ['https://medium.com/@someone/a-post-about-things', { personal: true }],
    ['https://www.theguardian.com/commentisfree/2020/jan/01/x', { opinion: true }],
    ['http://www.ehow.com/how_2042752_build-terrarium.html', { howTo: true }],
    ['https://www.royalroad.com/fiction/63759/super/chapter/1', { blogOrDocs: true }],
  ];
  it.each(cases)('%s', (url, expected) => {
    expect(urlShape(url)).toMatchObject(expected);
  });

  it('returns null for an unparsable URL', () => {
    expect(urlShape('not a url')).toBeNull();
  });
});
