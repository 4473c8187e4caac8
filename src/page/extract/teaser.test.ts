import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import { isCardInRow, isTeaserCard } from './teaser';

const CARD = (id: string) =>
  `<article id="${id}"><a href="/other-${id}"><img src="x.jpg"></a><p>An excerpt of another post.</p></article>`;
const STORY = `<p>${'The story itself, long enough to be a story and not a card. '.repeat(20)}</p>`;

describe('isTeaserCard', () => {
  const cases: Array<[string, string, Record<string, boolean>]> = [
    [
      'a row of cards inside the story',
      `<article id="story">${STORY}<section>${CARD('a')}${CARD('b')}</section></article>`,
      { story: false, a: true, b: true },
    ],
    [
      'a story nested alone in a page-wrapping article',
      `<article id="page"><article id="story"><h1><a href="/story">Brief</a></h1><p>Short brief.</p></article></article>`,
      { page: false, story: false },
    ],
    [
      'a row of short articles at the top level (a listing) is left to the body vote',
      `${CARD('a')}${CARD('b')}`,
      { a: false, b: false },
    ],
    [
      'a long article beside another inside the story is no card',
      `<article id="story"><article id="one"><a href="/x">x</a>${STORY}</article>${CARD('b')}</article>`,
      { one: false, b: true },
    ],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    const doc = pageWithBody(html);
    for (const [id, card] of Object.entries(expected)) {
      expect(isTeaserCard(doc.getElementById(id) as Element), id).toBe(card);
    }
  });
});

const BOX = (
  id: string,
  href = '/other-diet.html',
  text = 'A popular diet: up to 10 kg in 14 days.',
) =>
  `<div class="tumb" id="${id}"><div class="r"><a href="${href}"><img src="x.jpg"></a></div>` +
  `<div class="title"><a href="${href}">Other diet</a></div><div class="body">${text}</div></div>`;

describe('isCardInRow', () => {
  const cases: Array<[string, string, Record<string, boolean>]> = [
    [
      'a row of picture cards linking elsewhere',
      `${BOX('a')}${BOX('b')}${BOX('c')}`,
      { a: true, b: true, c: true },
    ],
    ['a lone box is no row', `<p>Story.</p>${BOX('a')}<p>More story.</p>`, { a: false }],
    [
      'a gallery whose pictures open the picture file',
      `${BOX('a', '/big-1.jpg')}${BOX('b', '/big-2.jpg?w=2000')}`,
      { a: false, b: false },
    ],
    [
      'story paragraphs printed one per box, with links but no pictures',
      '<div class="para" id="a">He said <a href="/x">this</a>.</div><div class="para" id="b">She agreed.</div>',
      { a: false, b: false },
    ],
    [
      'long boxes are sections of a story, not cards',
      `${BOX('a', '/x', 'Long text. '.repeat(50))}${BOX('b', '/y', 'Long text. '.repeat(50))}`,
      { a: false, b: false },
    ],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    const doc = pageWithBody(html);
    for (const [id, card] of Object.entries(expected)) {
      const el = doc.getElementById(id) as Element;
      expect(isCardInRow(el, el.getAttribute('class') ?? ''), id).toBe(card);
    }
  });
});
