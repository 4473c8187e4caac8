/**
 * Word-overlap similarity, used to recognise the page's headline and standfirst in the DOM from the
 * title and description the publisher states in metadata (which often add " - Site Name").
 */

/** Lower-case letter/digit words of a text. */
export function words(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text.toLowerCase()) {
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
