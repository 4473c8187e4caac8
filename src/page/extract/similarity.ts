/**
 * Word-overlap similarity, used to recognise the page's headline and standfirst in the DOM from the
 * title and description the publisher states in metadata (which often add " - Site Name").
 */

/** Only ASCII characters: words are runs of a-z and 0-9 once lower-cased. */
const ASCII_ONLY = /^[\0-\x7f]*$/u;

/** Lower-case letter/digit words of a text. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  if (!ASCII_ONLY.test(lower)) return unicodeWords(lower);
  // ASCII (most titles and ledes): cut slices by character code, no string per character.
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** `words` for any script, on lower-cased text: a letter is a character with distinct cases. */
export function unicodeWords(lower: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of lower) {
    const isWord = ch.toUpperCase() !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
    if (isWord) current += ch;
    else if (current) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** Share of `candidate`'s words that appear in `reference` (0..1); 0 for an empty candidate. */
export function containment(candidate: string, reference: string): number {
  const cand = words(candidate);
  if (cand.length === 0) return 0;
  const ref = new Set(words(reference));
  let hits = 0;
  for (const w of cand) if (ref.has(w)) hits++;
  return hits / cand.length;
}

/** Symmetric overlap: the smaller of the two containments. */
export function similarity(a: string, b: string): number {
  return Math.min(containment(a, b), containment(b, a));
}
