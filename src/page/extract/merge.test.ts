import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import { findBodyContainers } from './root';

const P = (n: number) =>
  `<p>Paragraph ${n} of the story, with a clause, another clause, and a third one, long enough to vote well.</p>`;
const paragraphs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => P(from + i)).join('');

describe('which containers hold the story', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'one body',
      `<div id="menu"><a href="/">Home</a></div><div id="story">${paragraphs(1, 6)}</div>`,
      ['story'],
    ],
    [
      'a body split by an ad module is joined at the common ancestor',
      `<div id="wrap"><div id="one">${paragraphs(1, 5)}</div><div class="ad-slot">Ad</div><div id="two">${paragraphs(6, 9)}</div></div>`,
      ['wrap'],
    ],
    [
      'a story printed one paragraph per card is joined',
      `<div id="cards">${[1, 2, 3, 4]
        .map((n) => `<div class="card"><div class="card-text">${P(n)}</div></div>`)
        .join('')}</div>`,
      ['cards'],
    ],
    [
      'a lone paragraph in a "text" box far away is not a piece of the story',
      `<div id="page"><div><div><div class="notice-text"><p>This website uses cookies, by continuing, you agree, to all of it.</p></div></div></div>
        <div><div><div><div><div id="story">${paragraphs(1, 4)}</div></div></div></div></div></div>`,
      ['story'],
    ],
    [
      'paragraphs before a "read more" fold join the fold that won the vote',
      `<div id="column"><div id="lead"><p>First paragraph of the story, told before the fold, with a clause or two.</p></div>
        <div id="bare">Second paragraph of the story, printed as bare text in a div, with a clause.</div>
        <div id="byline">By A. Reporter, Published Monday 18 November 2019 8:22AM EST and more</div>
        <div id="fold">${paragraphs(3, 9)}</div></div>`,
      ['lead', 'bare', 'fold'],
    ],
    [
      'paragraphs wrapped alike beside the wrapper of the winning run join it',
      `<div id="entry"><aside id="rail"><a href="/a">Related story</a></aside>
        <div id="first"><div dir="ltr">${P(1)}</div></div>
        <div id="run"><div id="main" dir="ltr">${paragraphs(2, 7)}</div></div>
        <div id="last"><div dir="ltr">${P(8)}</div></div></div>`,
      ['first', 'main', 'last'],
    ],
    [
      'a footer of plain paragraphs beside the wrapper does not join',
      `<div id="site"><div id="run"><div id="main">${paragraphs(1, 6)}</div></div>
        <p>This website and all documents on it are licensed under a Creative Commons License, see there.</p>
        <p>Both previously and presently, I have worked for organizations with views of their own on this.</p></div>`,
      ['main'],
    ],
    [
      'a short wrapped notice beside the wrapper does not join',
      `<div id="page"><div id="notice"><div><p>We use cookies on this site. Accept them.</p></div></div>
        <div id="run"><div id="main">${paragraphs(1, 6)}</div></div></div>`,
      ['main'],
    ],
    [
      'a wrapped link list beside the wrapper does not join',
      `<div id="page"><div id="links"><div><p><a href="/a">A long related headline that is all link, more words here to pass the length</a></p></div></div>
        <div id="run"><div id="main">${paragraphs(1, 6)}</div></div></div>`,
      ['main'],
    ],
  ];
  it.each(cases)('%s', (_name, html, ids) => {
    const containers = findBodyContainers(pageWithBody(html));
    expect(containers.map((el) => el.getAttribute('id'))).toEqual(ids);
  });
});
