/**
 * Regular expressions built on first use. A regex literal costs the content script at load even
 * when it never runs: V8 checks its syntax while parsing the bundle and parses it again when the
 * module's top level creates it, and a Unicode property class (`\p{L}`) or a case-insensitive
 * Unicode pattern makes that check costly (ICU's tables). Patterns that only some lines of some
 * pages ever run (a date line, a caption label, a quote's credit) are kept as source text and built
 * by the first call that needs them.
 */

/** A getter for `new RegExp(source, flags)`, built once, on the first call. */
export function lazyPattern(source: string, flags = ''): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
