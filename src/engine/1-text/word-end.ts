/**
 * `word.endsWith(suffix)` by character codes. The built-in goes through argument checks and a
 * generic comparison on every call (about a hundred machine instructions for a one-letter
 * suffix), and the stages ask it of nearly every token ("-s" on a plural head, "-ed" on a
 * participle); this loop compiles to a few compares. Same UTF-16 code units, same answer.
 */
export function endsWithText(word: string, suffix: string): boolean {
  const offset = word.length - suffix.length;
  if (offset < 0) return false;
  for (let i = 0; i < suffix.length; i += 1)
    if (word.charCodeAt(offset + i) !== suffix.charCodeAt(i)) return false;
  return true;
}
