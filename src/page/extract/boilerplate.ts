/**
 * Lines publishers print inside the article body that are not the article: calls to action
 * ("Subscribe to our newsletter", "Follow us on Twitter"), copyright and cookie notices, a bare URL
 * (a share link printed as text), a date or time line, a one-word caption label ("Photo:"). Each is
 * a named table or pattern over short blocks only: prose is long, and a long paragraph is never
 * judged by these.
 */
import { lazyPattern } from '../pattern';

/** Longer blocks are prose, whatever words they hold. */
export const MAX_BOILERPLATE_LINE = 280;

/**
 * Sentence openings that ask the reader to act (compared lower-cased, at the start of any
 * sentence of a short block). Reporting never opens a sentence this way.
 */
export const CALL_TO_ACTION_OPENINGS = [
  'subscribe to',
  'subscribe now',
  'subscribe for',
  'sign up for',
  'sign up to',
  'sign up now',
  'follow us',
  'follow @',
  'follow her on',
  'follow him on',
  'follow them on',
  'click here',
  'listen to ',
  'listen live',
  'join our',
  'like this story',
  'share this',
  'share it with',
  'get the latest',
  'download our',
  'download the app',
  'read more:',
  'read the full',
  'also read:',
  'see also:',
  'related:',
  "don't miss",
  'don’t miss',
  'you may also like',
  'you might also like',
  'more great',
  'recommended for you',
  'have a tip?',
  'tell us what you think',
  'if you enjoyed this',
  'if you buy something',
  'this document is subject to copyright',
  'this website uses cookies',
  'we use cookies',
  'by continuing to use',
];

/**
 * "Follow <name> on <network>" (no comma before "on": "Follow the money, she wrote on Twitter" is a
 * quote), as in "Follow Newsbeat on Instagram, Facebook and YouTube".
 */
const FOLLOW_ON_NETWORK = lazyPattern(
  String.raw`^follow [^,.!?;:]{1,60} on (?:twitter|facebook|instagram|youtube|tiktok|linkedin)`,
  'u',
);

/** Marks of a copyright or rights notice, or an affiliate-link disclosure, anywhere in the line. */
export const NOTICE_MARKS = [
  '©',
  'all rights reserved',
  'affiliate link',
  'contain affiliate',
  'may receive a commission',
  'may earn a commission',
  'may get a share of the sale',
];

/** A share link or address printed as the whole block. */
const BARE_URL = lazyPattern(String.raw`^(?:https?:\/\/|www\.)\S+$`, 'iu');

/**
 * A CMS shortcode the site failed to render, printed as the whole block: WordPress's
 * `[button link="…"]Send us your review[/button]` is a widget's markup, not the story's words.
 */
const UNRENDERED_SHORTCODE = lazyPattern(
  String.raw`^\[([a-z][\w-]*)\b[^\]]*\][^[\]]*\[\/\1\]$`,
  'iu',
);

/**
 * Sentence ends: . ! or ? followed by a space; a sentence starts two characters on. Found with
 * `indexOf` (native, no pattern to compile on a page's first run): this runs for every short block.
 */
const SENTENCE_BREAKS = ['. ', '! ', '? '];

/** The openings by their first character: a sentence start is compared only with its own. */
const OPENINGS_BY_FIRST = new Map<string, string[]>();
for (const opening of CALL_TO_ACTION_OPENINGS) {
  const first = opening[0] ?? '';
  OPENINGS_BY_FIRST.set(first, [...(OPENINGS_BY_FIRST.get(first) ?? []), opening]);
}

/** True for a short block that is a call to action, a notice or a bare URL. */
export function isBoilerplateLine(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_LINE) return false;
  const lower = text.toLowerCase();
  // Only a block opening as a URL does ("http", "www.") runs the URL pattern, and only one opening
  // with a bracket the shortcode's: a pattern compiles on its first run (case-insensitive and
  // Unicode: costly cold), and prose opening with an "h" or a "w" is common. Plain loops and
  // tests in this one function: each helper or closure would be one more first compile.
  if ((lower.startsWith('http') || lower.startsWith('www.')) && BARE_URL().test(text)) return true;
  if (text.charCodeAt(0) === 0x5b && UNRENDERED_SHORTCODE().test(text)) return true;
  for (const mark of NOTICE_MARKS) if (lower.includes(mark)) return true;
  return hasCallToAction(lower);
}

/**
 * True for a short block with a sentence that asks the reader to act ("More Great WIRED Stories",
 * "Follow Newsbeat on Instagram"): what introduces a list of other stories or links.
 */
export function isCallToAction(text: string): boolean {
  return text.length <= MAX_BOILERPLATE_LINE && hasCallToAction(text.toLowerCase());
}

/**
 * True when a sentence of the lower-cased text opens as a call to action. The sentence starts are
 * tried in one loop (the text's start, then after each break in turn: any order will do), in this
 * one function: a helper would be one more first compile on every page.
 */
function hasCallToAction(lower: string): boolean {
  let mark = -1;
  let at = 0;
  for (;;) {
    const openings = OPENINGS_BY_FIRST.get(lower[at] ?? '');
    if (openings !== undefined) {
      for (const opening of openings) if (lower.startsWith(opening, at)) return true;
      if (lower.startsWith('follow ', at) && FOLLOW_ON_NETWORK().test(lower.slice(at))) return true;
    }
    // The next sentence start: after the current break mark's next match, else the next mark's.
    let next = mark >= 0 ? lower.indexOf(SENTENCE_BREAKS[mark] as string, at - 1) : -1;
    while (next < 0 && ++mark < SENTENCE_BREAKS.length) {
      next = lower.indexOf(SENTENCE_BREAKS[mark] as string);
    }
    if (next < 0) return false;
    at = next + 2;
  }
}

/** Date/time lines are short. */
const MAX_DATE_LINE = 60;
/** A year of the last two centuries, or a clock time ("11:42", "9 p.m."). */
const YEAR = lazyPattern(String.raw`\b(?:19|20)\d\d\b`, 'u');
const CLOCK = lazyPattern(String.raw`\b\d{1,2}(?::\d\d|\s?[ap]\.?m\b)`, 'iu');
/** Words of letters in any script (a date line has few besides month and weekday names). */
const WORD = lazyPattern(String.raw`\p{L}+`, 'gu');
/** Date lines have at most this many words ("segunda-feira, 22 de janeiro de 2018 às 0:13"). */
const MAX_DATE_WORDS = 6;
/** Sentence punctuation: a date line does not end with it (unless it ends "a.m."/"p.m."). */
const SENTENCE_END_MARKS = new Set(['.', '!', '?', '"', '”', '»']);

/** True when the text ends with sentence punctuation (a last-character look-up, no pattern). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END_MARKS.has(text.charAt(text.length - 1));
}
const MERIDIEM_END = lazyPattern(String.raw`\b[ap]\.m\.$`, 'iu');

/** Runs of digits: a date or time has two or more (day and year, hour and minute). */
const NUMBER = lazyPattern(String.raw`\d+`, 'gu');
/** A bare clock time has few words besides it ("10 p.m."). */
const MAX_CLOCK_WORDS = 2;

/**
 * True for a line that is a date, a time or a dateline stamp ("Wednesday 20 November 2019 11:42"),
 * not prose that mentions a year ("He was born in 1962.", "Sales rose in 2019 and then fell").
 */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE) return false;
  // A year and a clock time both need an ASCII digit: lines without one never run the patterns.
  let digit = false;
  for (let i = 0; i < text.length && !digit; i++) {
    const code = text.charCodeAt(i);
    digit = code >= 0x30 && code <= 0x39;
  }
  return digit && isDatedLine(text);
}

/** `isDateLine` for a short line with a digit: apart, as most pages' short lines hold none. */
function isDatedLine(text: string): boolean {
  if (!YEAR().test(text) && !CLOCK().test(text)) return false;
  if (endsSentence(text) && !MERIDIEM_END().test(text)) return false;
  const words = (text.match(WORD()) ?? []).length;
  if (words > MAX_DATE_WORDS) return false;
  const numbers = (text.match(NUMBER()) ?? []).length;
  return numbers >= 2 || (CLOCK().test(text) && words <= MAX_CLOCK_WORDS);
}

/** A caption label: one word and a colon ("Photo:", "Фото:", "Credit:"). */
const CAPTION_LABEL = lazyPattern(String.raw`^\p{L}+\s?:$`, 'u');

/** True for a one-word label that introduces a caption or credit. */
export function isCaptionLabel(text: string): boolean {
  // A label ends with its colon: other lines never run (nor compile) the Unicode pattern.
  return text.endsWith(':') && CAPTION_LABEL().test(text);
}
