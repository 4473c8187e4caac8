/**
 * A reference line that cites a work ("Moss, Ada. "Title." Outlet, 2013." or "Moss, A. (2013).
 * "Title." Outlet."), as "cite this article" boxes print them: its quotation is a title, no one's
 * statement.
 */

/** "Surname, Given." or "Surname, G. (2013, July 19)." then an opening quotation mark. */
const CITATION =
  /^\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}.]*(?: \p{Lu}\.)*\.? (?:\(\d{4}[^)]{0,30}\)\. )?["“]/u;

/** True when a block is a bibliographic citation of a work. */
export function isCitation(text: string): boolean {
  return CITATION.test(text);
}
