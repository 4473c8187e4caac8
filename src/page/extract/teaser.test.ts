import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import { isTeaserCard } from './teaser';

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
