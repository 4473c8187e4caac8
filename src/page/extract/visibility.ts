/**
 * Whether an element's subtree can hold article text: not script/nav/aside/figure furniture, not
 * hidden, not an ad or share bar by its class. Works without layout (linkedom in Node) from
 * attributes alone; in a live browser `checkVisibility` adds the rendered truth where it exists.
 */
import { CONTENT, FURNITURE, isInlineCaption, verdictOf } from './class-words';
import { FURNITURE_ROLES, INLINE_TAGS, PAGE_FORM_CONTENT, SKIP_TAGS } from './rules';
import { HIDING_LIST, isHiddenByClass, isSmallPrintStyle } from './small-print';
import { CARD_TAGS, isCardInRow, isTeaserCard } from './teaser';

/** The element HTML gives side comments and small print (a meta line, a legal notice). */
const SMALL_PRINT_TAG = 'small';

/** Attributes whose words describe what an element is for. */
const DESCRIPTIVE_ATTRIBUTES = ['class', 'id', 'data-component', 'data-testid', 'data-module'];

/** True when inline style, `hidden` or `aria-hidden` hide the element. */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && isHiddenByStyle(style);
}

/** True when an inline style hides the element. */
function isHiddenByStyle(style: string): boolean {
  const lower = style.toLowerCase();
  // Most styles say neither "none" nor "hidden": they are not copied without their spaces.
  if (!lower.includes('none') && !lower.includes('hidden')) return false;
  const compact = lower.replaceAll(' ', '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/** True when class, id or role words mark the element as page furniture (ads, share bars...). */
export function isFurniture(el: Element): boolean {
  return furnitureBy(
    el,
    el.localName,
    el.getAttribute('role'),
    el.getAttribute('itemprop'),
    el.getAttribute('class'),
    true,
  );
}

/**
 * `isFurniture` from attributes the caller has read in its one pass over the element's own names
 * (each read is a call into the DOM, for every element); `others` says whether the element has
 * an id or data attribute among `DESCRIPTIVE_ATTRIBUTES` besides its class.
 */
function furnitureBy(
  el: Element,
  tag: string,
  role: string | null,
  itemprop: string | null,
  classes: string | null,
  others: boolean,
): boolean {
  // Landmarks that say "this is the content" are never furniture, whatever their class words.
  if (tag === 'main' || tag === 'article') return false;
  const lowerRole = role ? role.toLowerCase() : '';
  if (lowerRole === 'main' || lowerRole === 'article') return false;
  if (itemprop && itemprop.toLowerCase().includes('articlebody')) return false;
  if (lowerRole && FURNITURE_ROLES.has(lowerRole)) return true;
  for (const name of DESCRIPTIVE_ATTRIBUTES) {
    const value = name === 'class' ? classes : others ? el.getAttribute(name) : null;
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
  // them every look-up (this runs for every element extraction visits). One pass over the names
  // the element carries reads each attribute the rules need at most once.
  if (!el.hasAttributes()) return false;
  let style: string | null = null;
  let classes: string | null = null;
  let role: string | null = null;
  let itemprop: string | null = null;
  let others = false;
  for (const name of el.getAttributeNames()) {
    if (name === 'class') classes = el.getAttribute(name);
    else if (name === 'style') style = el.getAttribute(name);
    else if (name === 'hidden') return true;
    else if (name === 'aria-hidden') {
      if (el.getAttribute(name) === 'true') return true;
    } else if (name === 'role') role = el.getAttribute(name);
    else if (name === 'itemprop') itemprop = el.getAttribute(name);
    else if (name === 'id' || name.startsWith('data-')) others = true;
  }
  if (style && isHiddenByStyle(style)) return true;
  if (classes) {
    // Only a list holding a hiding class's name is asked (the look-up is a call and a memo).
    for (const name of HIDING_LIST) {
      if (!classes.includes(name)) continue;
      if (isHiddenByClass(classes)) return true;
      break;
    }
  }
  if (relaxed) return false;
  // Small print by inline style is weighed only in the strict pass: a page may set its whole
  // layout in a small font, and the relaxed retry then still finds the story.
  if (style && isSmallPrintStyle(style)) return true;
  if (INLINE_TAGS.has(tag)) return classes !== null && isInlineCaption(classes);
  // Furniture by its words first: a verdict remembered by value, where a card reads siblings.
  if (furnitureBy(el, tag, role, itemprop, classes, others)) return true;
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
