/**
 * A claim whose text holds page code is no claim: when a page's markup or script data leaks into
 * the article text (an attribute list, a JSON object, a tag with attributes), its quotation marks
 * and words ("read", "continues") look like quotes and cues. Prose never writes these shapes.
 */

/**
 * A quoted attribute assignment (`class="x"`, so also `<a href="...`) or a JSON key-value pair
 * (`"id" : "tweet"`, an identifier for its key). Leaked markup quotes its attribute values; a tag
 * written as text inside prose (a quoted exploit, `<img src=x onerror=...>`) need not, and it is
 * the page's words, to be shown (as text) like any other. Built once at module level.
 */
const PAGE_CODE = /[a-z]="|"[\w-]+"\s*:\s*"/iu;

/** Does the claim text carry page code? */
export function holdsPageCode(text: string): boolean {
  return PAGE_CODE.test(text);
}
