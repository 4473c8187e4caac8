/**
 * Whether an element's subtree can hold article text: not script/nav/aside/figure furniture, not
 * hidden, not an ad or share bar by its class. Works without layout (linkedom in Node) from
 * attributes alone; in a live browser `checkVisibility` adds the rendered truth where it exists.
 */
import {
  FURNITURE_ROLES,
  FURNITURE_TOKENS,
  INLINE_TAGS,
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

/**
 * Words of the meaningful class names in an attribute. Atomic-CSS utilities ("Mstart(82px)",
 * "D(n)--modalOpen") describe styling, not purpose, so names with parentheses are ignored.
 */
function descriptiveTokens(value: string): string[] {
  const tokens: string[] = [];
  for (const name of value.split(' ')) {
    if (name.includes('(')) continue;
    tokens.push(...attributeTokens(name));
  }
  return tokens;
}

/** True when inline style, `hidden` or `aria-hidden` hide the element. */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style) {
    const compact = style.toLowerCase().replaceAll(' ', '');
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true;
  }
  return false;
}

/** True when class, id or role words mark the element as page furniture (ads, share bars...). */
export function isFurniture(el: Element): boolean {
  // Landmarks that say "this is the content" are never furniture, whatever their class words.
  if (el.localName === 'main' || el.localName === 'article') return false;
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (role === 'main' || role === 'article') return false;
  if ((el.getAttribute('itemprop') ?? '').toLowerCase().includes('articlebody')) return false;
  if (role && FURNITURE_ROLES.has(role)) return true;
  for (const name of DESCRIPTIVE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (!value) continue;
    const tokens = descriptiveTokens(value);
    if (tokens.some((t) => MAYBE_CONTENT_TOKENS.has(t))) return false;
    if (tokens.some((t, i) => FURNITURE_TOKENS.has(t) && !NEGATIONS.has(tokens[i - 1] ?? ''))) {
      return true;
    }
  }
  return false;
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
  // Everything below reads attributes: most elements of a page have none, and one check spares
  // them ten attribute look-ups (this runs for every element extraction visits).
  if (!el.hasAttributes()) return false;
  if (isHiddenByAttributes(el)) return true;
  return !relaxed && !INLINE_TAGS.has(tag) && isFurniture(el);
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
