import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isExcluded, isFurniture, isHiddenByAttributes } from './visibility';

function element(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

describe('isExcluded', () => {
  const cases: Array<[string, boolean, boolean?]> = [
    ['<div>plain</div>', false],
    ['<nav>menu</nav>', true],
    ['<div hidden>x</div>', true],
    ['<div aria-hidden="true">x</div>', true],
    ['<div aria-hidden="false">x</div>', false],
    ['<div style="display: none">x</div>', true],
    ['<div style="color: red">x</div>', false],
    ['<div class="share-bar">x</div>', true],
    ['<div class="share-bar">x</div>', false, true],
    ['<div class="main-content has-sidebar">x</div>', false],
    ['<div class="no-caption">x</div>', false],
    ['<div class="component with_related_categories">x</div>', false],
    ['<div class="layout has-sidebar">x</div>', false],
    ['<div class="related-stories">x</div>', true],
    ['<div id="comments">x</div>', true],
    ['<div data-component="newsletter-signup">x</div>', true],
    ['<div class="Mstart(82px) promo">x</div>', true],
    ['<div class="Promo(x)">x</div>', false],
    ['<div role="navigation">x</div>', true],
    ['<div role="main" class="sidebar">x</div>', false],
    ['<div itemprop="articleBody" class="ad">x</div>', false],
    ['<article class="promo">x</article>', false],
    ['<span class="share">x</span>', false],
    ['<span class="newsCaption">x</span>', true],
    ['<span class="wf_caption">x</span>', true],
    ['<em class="photo-credit">x</em>', true],
    ['<div class="entry-author-bio">x</div>', true],
    ['<a href="/x" data-x="ad">x</a>', false],
    ['<p class="story-text">x</p>', false],
    ['<div class="sdc-article-related-stories">x</div>', true],
    ['<div class="story-tools">x</div>', true],
    ['<div class="social-media-embed">x</div>', false],
    ['<div class="social-share">x</div>', true],
    ['<div class="comments embed">x</div>', true],
    ['<div class="article-body no-ads">x</div>', false],
    ['<form action="/search"><input name="q"><p>Search the site</p></form>', true],
    ['<form id="aspnetForm"><div><h1>Headline</h1><p>Story</p></div></form>', false],
    ['<form><article><p>Story</p></article></form>', false],
    // Small print and framework-hidden text.
    ['<small class="text-muted">05/10/2018 - Publicado por: X</small>', true],
    ['<p style="font-size: 12.0px;">Company boilerplate.</p>', true],
    ['<div style="font-size:12px"><p>A whole page in small type</p></div>', false, true],
    ['<p style="font-size: 16px">Body text.</p>', false],
    ['<div class="d-none d-print-block">Citation</div>', true],
    ['<div class="d-none d-md-block">Wide screens</div>', false],
    ['<span class="screen-reader-text">Shared 44,976 times</span>', true],
    ['<div class="sr-only">Skip to content</div>', true, true],
    // Author boxes by compound class names; "author" alone says nothing.
    ['<div class="author-content">Regan lives in Massachusetts.</div>', true],
    ['<aside class="m-detail--author-box">x</aside>', true],
    ['<h4 class="statement-author">The defense ministries</h4>', false],
    ['<div class="post author-jane-doe">x</div>', false],
    // Links to the previous and next posts.
    ['<div class="grid-container next-prev">x</div>', true],
    ['<div id="__next">x</div>', false],
  ];
  it.each(cases)('%s (relaxed: %s)', (html, excluded, relaxed = false) => {
    expect(isExcluded(element(html), relaxed)).toBe(excluded);
  });

  it('gives the same verdict for a class list seen before (memo)', () => {
    for (let i = 0; i < 3; i++) {
      expect(isFurniture(element('<div class="related-links box">x</div>'))).toBe(true);
      expect(isFurniture(element('<div class="story box">x</div>'))).toBe(false);
    }
  });

  it('exported attribute checks read attributes themselves', () => {
    expect(isHiddenByAttributes(element('<div style="visibility:hidden">x</div>'))).toBe(true);
    expect(isHiddenByAttributes(element('<div class="x">x</div>'))).toBe(false);
    expect(isFurniture(element('<div class="x" id="sidebar">x</div>'))).toBe(true);
  });
});
