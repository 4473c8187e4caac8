/**
 * Whether an element's subtree can hold article text: not script/nav/aside/figure furniture, not
 * hidden, not an ad or share bar by its class. Works without layout (linkedom in Node) from
 * attributes alone; in a live browser `checkVisibility` adds the rendered truth where it exists.
 */
import {
  CAPTION_TOKENS,
  FURNITURE_ROLES,
  FURNITURE_TOKENS,
  INLINE_TAGS,
  PAGE_FORM_CONTENT,
  SKIP_TAGS,
  attributeTokens,
} from './rules';

/** Attributes whose words describe what an element is for. */
const DESCRIPTIVE_ATTRIBUTES = ['class', 'id', 'data-component', 'data-testid', 'data-module'];

/** Words that keep an element in play despite a furniture word ("main-content has-sidebar"). */
const MAYBE_CONTENT_TOKENS = new Set([
  'and',
  'article',
  'body',
  'column',
  'content',
  'main',
  'story',
]);

/** "no-caption", "not-ad": a furniture word after these describes an absence. */
const NEGATIONS = new Set(['no', 'not', 'non', 'without']);

/** What the words of one descriptive attribute value say. */
const NEUTRAL = 0;
const CONTENT = 1;
const FURNITURE = 2;
type Verdict = typeof NEUTRAL | typeof CONTENT | typeof FURNITURE;

/**
 * What one class name says, by its words. Atomic-CSS utilities ("Mstart(82px)", "D(n)--modalOpen")
 * describe styling, not purpose, so names with parentheses say nothing. Within one name a
 * furniture word wins ("article-related-stories", "story-tools": the related stories of an
 * article, the tools of a story); a content word alone makes it content ("article-body").
 */
function nameVerdict(name: string): Verdict {
  if (name.includes('(')) return NEUTRAL;
  const tokens = attributeTokens(name);
  if (tokens.some((t, i) => FURNITURE_TOKENS.has(t) && !NEGATIONS.has(tokens[i - 1] ?? ''))) {
    return FURNITURE;
  }
  return tokens.some((t) => MAYBE_CONTENT_TOKENS.has(t)) ? CONTENT : NEUTRAL;
}

/** True when inline style, `hidden` or `aria-hidden` hide the element. */
export function isHiddenByAttributes(el: Element): boolean {
  return hiddenBy(el, el.getAttributeNames());
}

/** `isHiddenByAttributes`, reading only the attributes in `names` (the element's own). */
function hiddenBy(el: Element, names: readonly string[]): boolean {
  if (names.includes('hidden')) return true;
  if (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true') return true;
  const style = names.includes('style') ? el.getAttribute('style') : null;
  if (style) {
    const compact = style.toLowerCase().replaceAll(' ', '');
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true;
  }
  return false;
}

/** Verdicts by attribute value: pages repeat the same class lists on hundreds of elements. */
const verdicts = new Map<string, Verdict>();
/** Bounds on the verdict memo (it lives as long as the content script). */
const MAX_VERDICTS = 4096;
const MAX_MEMO_VALUE = 256;

/**
 * What an attribute value says: content when one of its names is content ("main-content
 * has-sidebar": the main column, which has a sidebar), else furniture when one is.
 */
function verdictOf(value: string): Verdict {
  const known = verdicts.get(value);
  if (known !== undefined) return known;
  let verdict: Verdict = NEUTRAL;
  for (const name of value.split(' ')) {
    const said = nameVerdict(name);
    if (said === CONTENT) {
      verdict = CONTENT;
      break;
    }
    if (said === FURNITURE) verdict = FURNITURE;
  }
  if (value.length <= MAX_MEMO_VALUE) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(value, verdict);
  }
  return verdict;
}

/** True when class, id or role words mark the element as page furniture (ads, share bars...). */
export function isFurniture(el: Element): boolean {
  return furnitureBy(el, el.getAttributeNames());
}

/** `isFurniture`, reading only the attributes in `names` (the element's own). */
function furnitureBy(el: Element, names: readonly string[]): boolean {
  // Landmarks that say "this is the content" are never furniture, whatever their class words.
  if (el.localName === 'main' || el.localName === 'article') return false;
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
    const value = names.includes(name) ? el.getAttribute(name) : null;
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
  const tag = el.localName;
  // Page-wide classes on <html>/<body> ("ads-enabled") describe the site, not a region.
  if (tag === 'body' || tag === 'html') return false;
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'form' && !isPageForm(el)) return true;
  // Everything below reads attributes: most elements of a page have none, and one check spares
  // them every look-up (this runs for every element extraction visits). The rest read only the
  // attributes they carry.
  if (!el.hasAttributes()) return false;
  const names = el.getAttributeNames();
  if (hiddenBy(el, names)) return true;
  if (relaxed) return false;
  return INLINE_TAGS.has(tag) ? isInlineCaption(el, names) : furnitureBy(el, names);
}

/** Caption verdicts by class value (inline elements are most of a page's elements). */
const inlineCaptions = new Map<string, boolean>();

/**
 * An inline element whose class says caption or credit (`<span class="caption">`): the one kind of
 * region a phrasing tag marks. Other class words on inline tags describe styling or links.
 */
function isInlineCaption(el: Element, names: readonly string[]): boolean {
  const value = names.includes('class') ? el.getAttribute('class') : null;
  if (!value) return false;
  let known = inlineCaptions.get(value);
  if (known === undefined) {
    known = attributeTokens(value).some((t) => CAPTION_TOKENS.has(t));
    if (value.length <= MAX_MEMO_VALUE) {
      if (inlineCaptions.size >= MAX_VERDICTS) inlineCaptions.clear();
      inlineCaptions.set(value, known);
    }
  }
  return known;
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
