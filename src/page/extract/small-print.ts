/**
 * Text the page itself sets apart from the story without hiding it by attributes: small print (a
 * company boilerplate or comment-rules notice set in a 12 px font, a `<small>` meta line) and text
 * for screen readers only or hidden by a CSS framework's utility class (Bootstrap's `d-none`,
 * WordPress's `screen-reader-text`). Read from attributes alone, so it holds without layout.
 */
import { lazyPattern } from '../pattern';

/** The largest font size, per unit, that is small print beside body text (16 px, 12 pt, 1 em). */
export const SMALL_PRINT_MAX_SIZE: Readonly<Record<string, number>> = {
  px: 12,
  pt: 9,
  em: 0.8,
  rem: 0.8,
  '%': 80,
};

/** Font-size keywords below the browser's "small". */
export const SMALL_PRINT_KEYWORDS = new Set(['xx-small', 'x-small']);

const FONT_SIZE = lazyPattern(
  String.raw`(?:^|;)\s*font-size\s*:\s*([\d.]+)\s*(px|pt|rem|em|%)`,
  'iu',
);
const FONT_SIZE_KEYWORD = lazyPattern(String.raw`(?:^|;)\s*font-size\s*:\s*([a-z-]+)`, 'iu');

/** True when an inline style sets the text in a font no bigger than small print. */
export function isSmallPrintStyle(style: string): boolean {
  // Both patterns need "font-" (no letter of it has another case form in a Unicode pattern): most
  // inline styles set no font, and never run (nor compile) them.
  return style.toLowerCase().includes('font-') && isSmallFont(style);
}

/** `isSmallPrintStyle` for a style that sets a font: apart, as most pages' styles set none. */
function isSmallFont(style: string): boolean {
  const sized = FONT_SIZE().exec(style);
  if (sized) {
    const max = SMALL_PRINT_MAX_SIZE[(sized[2] ?? '').toLowerCase()];
    return max !== undefined && Number(sized[1]) > 0 && Number(sized[1]) <= max;
  }
  const keyword = FONT_SIZE_KEYWORD().exec(style);
  return keyword !== null && SMALL_PRINT_KEYWORDS.has((keyword[1] ?? '').toLowerCase());
}

/**
 * Utility classes of CSS frameworks that hide an element (from sight, or from all but screen
 * readers): what `checkVisibility` would report in a browser, known here without a stylesheet.
 */
export const HIDING_CLASSES = new Set([
  'd-none',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'element-invisible',
]);

/** Bootstrap's responsive display classes ("d-md-block") show a `d-none` element on wider screens. */
const RESPONSIVE_DISPLAY = lazyPattern(String.raw`^d-(?:sm|md|lg|xl|xxl)-(?!none$)`, 'u');
/** Runs of white space between class names. */
const SPACES = lazyPattern(String.raw`\s+`, 'u');

/** Verdicts by class list: pages repeat the same lists on hundreds of elements. */
const hiding = new Map<string, boolean>();
/** Bounds on the memo (it lives as long as the content script). */
const MAX_MEMO = 4096;
const MAX_MEMO_VALUE = 256;

/**
 * The hiding classes as a list, for a substring test before the class list is split: a list
 * holding a hiding class holds its text. Callers that run for every element test it inline
 * (most lists hold none, and are neither split nor remembered).
 */
export const HIDING_LIST = Array.from(HIDING_CLASSES);

/** True when a class list hides its element through a framework's utility class. */
export function isHiddenByClass(classes: string): boolean {
  let known = hiding.get(classes);
  if (known === undefined) {
    known = hidesByClass(classes);
    if (classes.length <= MAX_MEMO_VALUE) {
      if (hiding.size >= MAX_MEMO) hiding.clear();
      hiding.set(classes, known);
    }
  }
  return known;
}

function hidesByClass(classes: string): boolean {
  const names = classes.split(SPACES());
  if (!names.some((name) => HIDING_CLASSES.has(name))) return false;
  return !(names.includes('d-none') && names.some((name) => RESPONSIVE_DISPLAY().test(name)));
}
