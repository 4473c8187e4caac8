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
  /**
   * The only evidence of a person is the name acting as a subject ("Zyntro said", "Zyntro
   * ended"), which a company does too: evidence of a body outweighs it.
   */
  actsOnly?: boolean;
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

/** Every run of two or more words of each person's name → the longest person's name holding it. */
let personRuns:
  | WeakMap<ReadonlyMap<string, KnownName>, { size: number; runs: Map<string, KnownName> }>
  | undefined;

function runsOf(names: ReadonlyMap<string, KnownName>): Map<string, KnownName> {
  personRuns ??= new WeakMap();
  const cached = personRuns.get(names);
  if (cached !== undefined && cached.size === names.size) return cached.runs;
  const runs = new Map<string, KnownName>();
  for (const k of names.values()) {
    if (!k.person) continue;
    const words = k.name.toLowerCase().split(' ');
    for (let a = 0; a < words.length; a += 1) {
      for (let b = a + 2; b <= words.length; b += 1) {
        const run = words.slice(a, b).join(' ');
        const held = runs.get(run);
        if (held === undefined || k.name.length > held.name.length) runs.set(run, k);
      }
    }
  }
  personRuns.set(names, { size: names.size, runs });
  return runs;
}

/**
 * The longest known person's name holding `words` (two or more, lower-cased) as a run ("te
 * kaurinui" → "Te Kaurinui Robert Parata", not another Parata): one look-up in a table of every
 * run of every person's name, made once per article.
 */
export function personHolding(
  names: ReadonlyMap<string, KnownName>,
  words: readonly string[],
): KnownName | undefined {
  return words.length < 2 ? undefined : runsOf(names).get(words.join(' '));
}

/** A known person introduced with a role ("Facebook CEO Mark Zuckerberg" for "ceo"). */
export function nameWithRole(
  names: ReadonlyMap<string, KnownName>,
  role: string,
): KnownName | undefined {
  let best: KnownName | undefined;
  let tied = false;
  for (const known of names.values()) {
    if (!known.person || !known.roles.has(role)) continue;
    tied = best !== undefined && known.mentions === best.mentions;
    if (best === undefined || known.mentions > best.mentions) best = known;
  }
  // Two people introduced with the role as often ("former harbour chief X", "acting harbour
  // chief Y"): no guess.
  return tied ? undefined : best;
}
