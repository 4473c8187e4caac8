/**
 * Whether an element's subtree can hold article text: not script/nav/aside/figure furniture, not
 * hidden, not an ad or share bar by its class. Works without layout (linkedom in Node) from
 * attributes alone; in a live browser `checkVisibility` adds the rendered truth where it exists.
 */
import { CONTENT, FURNITURE, isInlineCaption, verdictOf } from './class-words';
import { FURNITURE_ROLES, INLINE_TAGS, PAGE_FORM_CONTENT, SKIP_TAGS } from './rules';
import { isHiddenByClass, isSmallPrintStyle } from './small-print';
import { CARD_TAGS, isCardInRow, isTeaserCard } from './teaser';

/** The element HTML gives side comments and small print (a meta line, a legal notice). */
const SMALL_PRINT_TAG = 'small';

/** Attributes whose words describe what an element is for. */
const DESCRIPTIVE_ATTRIBUTES = ['class', 'id', 'data-component', 'data-testid', 'data-module'];

/** True when inline style, `hidden` or `aria-hidden` hide the element. */
export function isHiddenByAttributes(el: Element): boolean {
  const names = el.getAttributeNames();
  return hiddenBy(el, names, names.includes('style') ? el.getAttribute('style') : null);
}

/**
 * `isHiddenByAttributes`, reading only the attributes in `names` (the element's own); `style` is
 * the element's style attribute, read once by the caller (null when it has none).
 */
function hiddenBy(el: Element, names: readonly string[], style: string | null): boolean {
  if (names.includes('hidden')) return true;
  if (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true') return true;
  if (style) {
    const compact = style.toLowerCase().replaceAll(' ', '');
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true;
  }
  return false;
}

/** True when class, id or role words mark the element as page furniture (ads, share bars...). */
export function isFurniture(el: Element): boolean {
  const names = el.getAttributeNames();
  return furnitureBy(el, el.localName, names, attribute(el, names, 'class'));
}

/** An attribute's value, read only when `names` (the element's own) says it is there. */
function attribute(el: Element, names: readonly string[], name: string): string | null {
  return names.includes(name) ? el.getAttribute(name) : null;
}

/**
 * `isFurniture`, reading only the attributes in `names` (the element's own); the caller has read
 * the tag and the class attribute already (each read is a call into the DOM, for every element).
 */
function furnitureBy(
  el: Element,
  tag: string,
  names: readonly string[],
  classes: string | null,
): boolean {
  // Landmarks that say "this is the content" are never furniture, whatever their class words.
  if (tag === 'main' || tag === 'article') return false;
  const role = names.includes('role') ? (el.getAttribute('role') ?? '').toLowerCase() : '';
  if (role === 'main' || role === 'article') return false;
  if (
    names.includes('itemprop') &&
    (el.getAttribute('itemprop') ?? '').toLowerCase().includes('articlebody')
  ) {
    return false;
  }
  if (role && FURNITURE_ROLES.has(role)) return true;
  for (const name of DESCRIPTIVE_ATTRIBUTES) {
    const value = name === 'class' ? classes : attribute(el, names, name);
    if (!value) continue;
    const verdict = verdictOf(value);
    if (verdict === CONTENT) return false;
    if (verdict === FURNITURE) return true;
  }
  return false;
}

/** Page-wrapping forms by element: a page has few forms, and each is asked about repeatedly. */
const pageForms = new WeakMap<Element, boolean>();

/** True for a form that wraps the page's content (see `PAGE_FORM_CONTENT`), not an input form. */
function isPageForm(form: Element): boolean {
  let known = pageForms.get(form);
  if (known === undefined) {
    known = form.querySelector(PAGE_FORM_CONTENT) !== null;
    pageForms.set(form, known);
  }
  return known;
}

/**
 * True for elements whose subtree never holds article text. `relaxed` ignores class words (the
 * retry for pages whose whole layout sits under a misleading class such as "ad-portal").
 */
export function isExcluded(el: Element, relaxed = false): boolean {
  return isExcludedTag(el, el.localName, relaxed);
}

/** `isExcluded` for an element whose tag the caller has read (the walks read it anyway). */
export function isExcludedTag(el: Element, tag: string, relaxed = false): boolean {
  // Page-wide classes on <html>/<body> ("ads-enabled") describe the site, not a region.
  if (tag === 'body' || tag === 'html') return false;
  if (SKIP_TAGS.has(tag) || tag === SMALL_PRINT_TAG) return true;
  if (tag === 'form' && !isPageForm(el)) return true;
  if (tag === 'article' && isTeaserCard(el)) return true;
  // Everything below reads attributes: most elements of a page have none, and one check spares
  // them every look-up (this runs for every element extraction visits). The rest read only the
  // attributes they carry.
  if (!el.hasAttributes()) return false;
  const names = el.getAttributeNames();
  const style = attribute(el, names, 'style');
  if (hiddenBy(el, names, style)) return true;
  const classes = attribute(el, names, 'class');
  if (classes && isHiddenByClass(classes)) return true;
  if (relaxed) return false;
  // Small print by inline style is weighed only in the strict pass: a page may set its whole
  // layout in a small font, and the relaxed retry then still finds the story.
  if (style && isSmallPrintStyle(style)) return true;
  if (INLINE_TAGS.has(tag)) return classes !== null && isInlineCaption(classes);
  // Furniture by its words first: a verdict remembered by value, where a card reads siblings.
  if (furnitureBy(el, tag, names, classes)) return true;
  return classes !== null && classes !== '' && CARD_TAGS.has(tag) && isCardInRow(el, classes, tag);
}

type Visible = Element & { checkVisibility?: () => boolean };

/**
 * Rendered visibility where the DOM has layout (a real browser); true where it cannot tell
 * (linkedom, happy-dom), so the Node path falls back to attributes only.
 */
export function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView as (Window & { CSS?: unknown }) | null;
  const check = (el as Visible).checkVisibility;
  if (!view || typeof check !== 'function' || typeof view.CSS === 'undefined') return true;
  if (!el.isConnected) return true;
  return check.call(el);
}
