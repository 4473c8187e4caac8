/**
 * How much text an element holds and how much of it sits in links: the measures that tell an
 * article body (long, few links) from menus and teaser lists (link text throughout).
 */

/** What a TreeWalker shows to read `textContent`'s characters: Text and CDATA sections. */
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;

/**
 * `el.textContent.length` without building the string: the candidates scored here include the
 * body and the whole document, megabytes of text (and inline scripts) on a large page.
 */
export function textLength(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT_AND_CDATA);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as CharacterData).data.length;
  }
  return length;
}

/** Characters inside links, over all characters: high for menus and teaser lists. */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').length;
  return links / total;
}
