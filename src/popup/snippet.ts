/**
 * Short one-line snippets of page text for the popup's lists and the Markdown export: whitespace
 * collapsed, cut at a word boundary, so a long quote never blows up the popup's layout.
 */

/** Default snippet length in UTF-16 units; about two lines at the popup's width. */
export const SNIPPET_LENGTH = 140;

const WHITESPACE_RUN = /\s+/g;

const TRAILING = new Set([' ', ',', '.', ';', ':']);

/** Drops spaces and clause punctuation before an ellipsis (a loop: no regex to backtrack on). */
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

/** `text` on one line, at most `max` characters, cut after a whole word and marked with "…". */
export function snippet(text: string, max = SNIPPET_LENGTH): string {
  const flat = text.replace(WHITESPACE_RUN, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // The cut ends on a whole word when the next character is a space; otherwise back up to one.
  const lastSpace = flat[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  const head = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${trimEndPunctuation(head)}…`;
}
