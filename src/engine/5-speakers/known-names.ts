/**
 * The personal names the pre-pass (`collect-names.ts`) finds in an article, and the look-ups the
 * resolver asks of them, so a bare surname, a partial name or a role noun reaches the fullest name
 * the article gives.
 */
import { containingName, nameIndex } from './name-index';

/** A personal name found in the article with the roles written next to it. */
export interface KnownName {
  name: string;
  surname: string;
  roles: Set<string>;
  /** Evidence that this is a person: a role or title next to it, or the surname used alone. */
  person: boolean;
  /** How often the article names this person (full name or surname alone). */
  mentions: number;
  /** Evidence that the name is a thing, not a person: "Energy Control, which has ...". */
  thing?: boolean;
}

/** The known full name for a single name word: by surname first, else by any unique name token. */
export function lookupName(
  names: ReadonlyMap<string, KnownName>,
  word: string,
): KnownName | undefined {
  const index = nameIndex(names);
  // Longest full name with this surname; among different people, the first introduced.
  return index.bySurname.get(word) ?? index.byWord.get(word);
}

/** The longest known name that contains `words` as a contiguous run ("Te Kaurinui" → "Te Kaurinui Robert Parata"). */
export function longestContaining(
  names: ReadonlyMap<string, KnownName>,
  words: readonly string[],
): KnownName | undefined {
  return containingName(names, words.join(' ').toLowerCase());
}

/** A known person introduced with a role ("Facebook CEO Mark Zuckerberg" for "ceo"). */
export function nameWithRole(
  names: ReadonlyMap<string, KnownName>,
  role: string,
): KnownName | undefined {
  let best: KnownName | undefined;
  for (const known of names.values()) {
    if (!known.person || !known.roles.has(role)) continue;
    if (best === undefined || known.mentions > best.mentions) best = known;
  }
  return best;
}
