/** Regular English plurals, undone once for every lexicon that lists its nouns in the singular. */

/**
 * The singular candidates of a regular English plural ("studies" → study, "bosses" → boss,
 * "reports" → report), so a lexicon lists each noun once and still knows its plural.
 */
export function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  return out;
}
