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
  ];
  it.each(cases)('%s', (_name, html, ids) => {
    const containers = findBodyContainers(pageWithBody(html));
    expect(containers.map((el) => el.getAttribute('id'))).toEqual(ids);
  });
});
