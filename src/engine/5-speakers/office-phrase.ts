/**
 * Stage 7b for office phrases: "the head of the United Nations Children's Fund", "a spokesman for
 * Acme", "the lawyer for the family". The body after the preposition is where the speaker works;
 * the speaker is the holder of the office, so the phrase is read as a role noun (resolved to the
 * person given that role, or kept as a source of its own) rather than as the body it ends with.
 */
import type { Token } from '../1-text/tokenize';
import { isOfficePrep, isOfficeRole } from '../lexicon/office-roles';
import { stripPossessive } from './name-words';

/**
 * The index in `tokens` (the words of a speaker phrase) of the preposition that follows a
 * lower-case office role ("head of", "spokesman for"), or -1. A capitalised title ("Director of
 * National Intelligence James Clapper") is part of a name and does not count.
 */
export function officePrepIndex(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    const role = tokens[i - 1];
    if (role === undefined || role.cap || !isOfficePrep(tokens[i]?.lower ?? '')) continue;
    if (isOfficeRole(stripPossessive(role.lower))) return i;
  }
  return -1;
}

/**
 * Does a phrase source's lower-case name ("head of the riverside water board") hold an office in a
 * body? Its kindred-role holders named before it work elsewhere (`cataphora.ts`).
 */
export function namesOffice(lowerName: string): boolean {
  const words = lowerName.split(' ');
  return words.some((w, i) => isOfficeRole(w) && isOfficePrep(words[i + 1] ?? ''));
}
