/**
 * The `::highlight()` styles: one named highlight per category, in the Okabe–Ito colour-blind-safe
 * palette. Claims get translucent backgrounds (the page's own text colour shows through, so they
 * read on light and dark pages); cues, sources and hedges get coloured underlines with distinct
 * line styles, so no category is told apart by hue alone.
 */
import { CATEGORIES, type Category } from '../types';

/** Prefix of every highlight name we register (unique on the page). */
export const HIGHLIGHT_PREFIX = 'sourcelight-';
/** The brief flash on the claim navigation jumps to. */
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

/** The registered name of a category's highlight. */
export function highlightName(category: Category): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}

/** Declarations per category (only properties `::highlight` supports). */
export const CATEGORY_STYLES: Record<Category, string> = {
  direct: 'background-color: rgba(230, 159, 0, 0.38);',
  reported: 'background-color: rgba(86, 180, 233, 0.30);',
  cue: 'text-decoration: underline solid rgb(0, 158, 115) 2px;',
  speaker: 'text-decoration: underline double rgb(204, 121, 167) 2px;',
  anonymous: 'text-decoration: underline dashed rgb(204, 121, 167) 2px;',
  loaded: 'text-decoration: underline wavy rgb(213, 94, 0) 2px;',
  hedge: 'text-decoration: underline dotted rgb(0, 114, 178) 3px;',
};

/** Painting order: underlines above backgrounds, loaded/hedge above plain cues. */
export const CATEGORY_PRIORITY: Record<Category, number> = {
  reported: 1,
  direct: 2,
  speaker: 3,
  anonymous: 3,
  cue: 4,
  hedge: 5,
  loaded: 6,
};

/** The whole stylesheet text. */
export function highlightCss(): string {
  const rules = CATEGORIES.map((c) => `::highlight(${highlightName(c)}) { ${CATEGORY_STYLES[c]} }`);
  rules.push(
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(240, 228, 66, 0.75); color: #000; }`,
  );
  return rules.join('\n');
}

type AdoptingDocument = Document & { adoptedStyleSheets?: CSSStyleSheet[] };

/** Is this one of our stylesheets (it styles a `sourcelight-` highlight)? */
function isOurSheet(sheet: CSSStyleSheet): boolean {
  try {
    const first = sheet.cssRules[0];
    return first !== undefined && first.cssText.includes(`::highlight(${HIGHLIGHT_PREFIX}`);
  } catch {
    return false;
  }
}

/**
 * Remove styles a previous instance of the content script left behind. When the extension is
 * reloaded or updated, Firefox injects the new version while the old one is already dead and cannot
 * clean up after itself.
 */
export function removeLeftoverStyles(doc: Document): void {
  const adopting = doc as AdoptingDocument;
  if (Array.isArray(adopting.adoptedStyleSheets) && adopting.adoptedStyleSheets.some(isOurSheet)) {
    adopting.adoptedStyleSheets = adopting.adoptedStyleSheets.filter((s) => !isOurSheet(s));
  }
  doc.querySelectorAll('style[data-sourcelight]').forEach((style) => style.remove());
}

/**
 * Install the styles once. An adopted stylesheet leaves the page's serialized DOM untouched;
 * where a browser refuses it (content-script compartments), a `<style>` holding only the
 * `::highlight` rules goes into <head>. Returns a function that removes them.
 */
export function installHighlightStyles(doc: Document): () => void {
  const adopting = doc as AdoptingDocument;
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  removeLeftoverStyles(doc);
  try {
    if (view?.CSSStyleSheet && Array.isArray(adopting.adoptedStyleSheets)) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(highlightCss());
      adopting.adoptedStyleSheets = [...adopting.adoptedStyleSheets, sheet];
      return () => {
        adopting.adoptedStyleSheets = (adopting.adoptedStyleSheets ?? []).filter(
          (s) => s !== sheet,
        );
      };
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.setAttribute('data-sourcelight', '');
  style.textContent = highlightCss();
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
