/**
 * Teaser cards: the `<article>` boxes of a "related posts" or "you may also like" row printed inside
 * the story's own `<article>`, each a link (headline or picture) and a line or two of excerpt. A
 * card sits beside other cards; a story nested in a page-wrapping `<article>` stands alone.
 */
import { textLength } from './density';

/** A card is short (a headline and an excerpt); a story of its own runs longer. */
export const MAX_TEASER_CHARS = 1000;

/** Verdicts by element: a page has few articles, and each is asked about repeatedly. */
const cards = new WeakMap<Element, boolean>();

function besideAnotherArticle(el: Element): boolean {
  return (
    el.previousElementSibling?.localName === 'article' ||
    el.nextElementSibling?.localName === 'article'
  );
}

/** True for an `<article>` that is one of a row of teaser cards inside another article. */
export function isTeaserCard(el: Element): boolean {
  let known = cards.get(el);
  if (known === undefined) {
    known =
      besideAnotherArticle(el) &&
      el.parentElement?.closest('article') != null &&
      el.querySelector('a[href]') !== null &&
      textLength(el) < MAX_TEASER_CHARS;
    cards.set(el, known);
  }
  return known;
}
