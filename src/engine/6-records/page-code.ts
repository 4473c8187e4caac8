/**
 * A claim whose text holds page code is no claim: when a page's markup or script data leaks into
 * the article text (an attribute list, a JSON object, a tag with attributes), its quotation marks
 * and words ("read", "continues") look like quotes and cues. Prose never writes these shapes.
 */

/**
 * An attribute assignment (`class="x"`), a JSON key-value pair (`"id" : "tweet"`, an identifier for its key) or an opening tag
 * with attributes (`<a href`). Built once at module level.
 */
const PAGE_CODE = /[a-z]="|"[\w-]+"\s*:\s*"|<[a-z]+\s+[a-z-]+=/iu;

/** Does the claim text carry page code? */
export function holdsPageCode(text: string): boolean {
  return PAGE_CODE.test(text);
}
