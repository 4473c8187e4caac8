import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import { numberedAlike } from './merge';
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
    [
      'numbered parts of one body box join, however short the first part',
      `<div id="story"><div class="wrap"><div id="one" class="story-body story-body-1">${paragraphs(1, 2)}</div></div>
        <div class="video"><p>Watch the video.</p></div>
        <div class="wrap"><div id="two" class="story-body story-body-2">${paragraphs(3, 14)}</div></div></div>`,
      ['story'],
    ],
    [
      'numbered boxes with no body word in their class do not join',
      `<div id="row"><div id="one" class="box-1">${paragraphs(1, 2)}</div>
        <div><div><div id="two" class="box-2">${paragraphs(3, 14)}</div></div></div></div>`,
      ['two'],
    ],
  ];
  it.each(cases)('%s', (_name, html, ids) => {
    const containers = findBodyContainers(pageWithBody(html));
    expect(containers.map((el) => el.getAttribute('id'))).toEqual(ids);
  });
});

describe('numberedAlike: another numbered part of the winning body box', () => {
  const row = (first: string, second: string) => {
    const doc = pageWithBody(
      `<div><div><div id="a" class="${first}"></div></div><div><div id="b" class="${second}"></div></div></div>`,
    );
    return [doc.getElementById('a'), doc.getElementById('b')] as [Element, Element];
  };
  it.each<[string, string, string, boolean]>([
    ['parts in their order', 'story-body story-body-1', 'story-body story-body-2', true],
    ['a third part after the second', 'article-text part2', 'article-text part3', true],
    ['parts out of their order', 'story-body story-body-2', 'story-body story-body-1', false],
    ['grid columns, the wider first', 'span8 content', 'span4 content', false],
    ['no body word in the class', 'box-1', 'box-2', false],
    ['the same class list', 'story-body', 'story-body', false],
    ['other words besides the number', 'story-body-1 lead', 'story-body-2 tail', false],
  ])('%s', (_name, first, second, alike) => {
    const [a, b] = row(first, second);
    expect(numberedAlike(a, b)).toBe(alike);
  });
});
