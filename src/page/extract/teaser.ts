/**
 * Teaser cards: the boxes of a "related posts" or "most popular" row, each a link to another page
 * (headline or picture) and a line or two of excerpt. `<article>` cards sit inside the story's own
 * `<article>` (a story nested in a page-wrapping `<article>` stands alone); other cards are told by
 * their row: siblings with the same class list, each with a picture linking to another page.
 */
import { lazyPattern } from '../pattern';
import { textLength } from './density';

/** A card is short (a headline and an excerpt); a story of its own runs longer. */
export const MAX_TEASER_CHARS = 1000;
/** A card without `<article>` markup holds a headline and a line of excerpt at most. */
export const MAX_CARD_CHARS = 400;
/** Tags a row of cards is built from. */
export const CARD_TAGS = new Set(['div', 'li', 'section']);
/** A link to a picture file opens the picture (a gallery's lightbox), not another page. */
const PICTURE_FILE = lazyPattern(String.raw`\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)`, 'iu');

/** Verdicts by element: a page has few articles, and each is asked about repeatedly. */
const cards = new WeakMap<Element, boolean>();

/** True for an `<article>` that is one of a row of teaser cards inside another article. */
export function isTeaserCard(el: Element): boolean {
  let known = cards.get(el);
  if (known === undefined) {
    known =
      (el.previousElementSibling?.localName === 'article' ||
        el.nextElementSibling?.localName === 'article') &&
      isNestedTeaser(el);
    cards.set(el, known);
  }
  return known;
}

/** `isTeaserCard` for an article beside another: apart, as most pages' articles stand alone. */
function isNestedTeaser(el: Element): boolean {
  return (
    el.parentElement?.closest('article') != null &&
    el.querySelector('a[href]') !== null &&
    textLength(el) < MAX_TEASER_CHARS
  );
}

/**
 * True when a picture inside the element links to another page. The link's picture is looked for
 * before its address is read: menus and tag rows are twins too, with links but no pictures, and
 * the address pattern compiles on its first run.
 */
function hasPictureLink(el: Element): boolean {
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    if (a.querySelector('img, picture') === null) continue;
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#') && !PICTURE_FILE().test(href)) return true;
  }
  return false;
}

/**
 * True for a short box (`CARD_TAGS`) beside a twin with its class list, holding a picture that
 * links to another page: one card of a row of teasers, wherever the row sits.
 */
export function isCardInRow(el: Element, classes: string, tag = el.localName): boolean {
  // The twin test inline: this runs for every classed box of the page.
  const before = el.previousElementSibling;
  const after = el.nextElementSibling;
  const twin =
    (before?.localName === tag && before.getAttribute('class') === classes) ||
    (after?.localName === tag && after.getAttribute('class') === classes);
  if (!twin) return false;
  let known = cards.get(el);
  if (known === undefined) {
    known = isShorterThan(el, MAX_CARD_CHARS + 1) && hasPictureLink(el);
    cards.set(el, known);
  }
  return known;
}

/** What a TreeWalker shows to count text: Text and CDATA sections. */
const SHOW_TEXT = 0x4 | 0x8;

/** True when the element holds fewer than `limit` characters (stops counting there: rows of page-wide wrappers are twins too). */
function isShorterThan(el: Element, limit: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as CharacterData).data.length;
    if (length >= limit) return false;
  }
  return true;
}
