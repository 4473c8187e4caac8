/**
 * Photo captions and credits that reach the engine as text ("French President Emmanuel Macron
 * Sergey Guneyev/POOL/TASS", "© Sergey Guneyev/POOL/TASS"): in a plain-text article they sit between
 * paragraphs. Their runs of capitalised words glue a subject's name to a photographer's, so the
 * name pre-pass must not learn names from them.
 */

/** A short line with no sentence punctuation that carries a credit mark ("©", "Name/AGENCY"). */
export function isCreditLine(text: string): boolean {
  if (text.length > 200) return false;
  const trimmed = text.trimEnd();
  if (/[.!?:"”»]$/u.test(trimmed)) return false;
  return text.includes('©') || /\p{L}\/\p{Lu}{2,}/u.test(text);
}
