/**
 * Word-level helpers shared by the names pre-pass (`collect-names.ts`) and the resolver: a name's
 * possessive ending, the words that mark an institution, and the titles written before a name.
 */
import {
  DOCUMENT_MARKERS,
  GOVERNMENT_MARKERS,
  HONORIFICS,
  MEDIA_MARKERS,
  ORGANIZATION_MARKERS,
  ROLE_WORDS,
} from '../lexicon/sources';
import type { Token } from '../1-text/tokenize';
import { lazySet } from '../lexicon/lazy';

/** The four institution marker tables as one, so a word takes one look-up, not up to four. */
const INSTITUTION_WORDS = lazySet(() => [
  ...GOVERNMENT_MARKERS,
  ...ORGANIZATION_MARKERS,
  ...MEDIA_MARKERS,
  ...DOCUMENT_MARKERS,
]);

/** Does this capitalised word mark an institution rather than a person? */
export function isInstitutionWord(lower: string): boolean {
  return INSTITUTION_WORDS.has(lower);
}

/** Strip a possessive ending ("Netanyahu's" → "Netanyahu"). */
export function stripPossessive(word: string): string {
  // Most words end in neither "s" nor an apostrophe: skip the two replaces for them.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 83 && last !== 39 && last !== 0x2019) return word;
  // A plural "s" without an apostrophe before it: neither replace below would change the word.
  const before = word.charCodeAt(word.length - 2);
  if ((last === 115 || last === 83) && before !== 39 && before !== 0x2019) return word;
  return word.replace(/['\u2019]s$/i, '').replace(/['\u2019]$/, '');
}

/** Split a run of capitalised tokens into leading role words and the name proper. */
export function splitRoles(run: readonly Token[]): { roles: string[]; name: Token[] } {
  let cut = 0;
  for (let i = 0; i < run.length - 1; i += 1) {
    const w = run[i]?.lower ?? '';
    if (ROLE_WORDS.has(w) || HONORIFICS.has(w)) cut = i + 1;
  }
  return { roles: run.slice(0, cut).map((t) => t.lower), name: run.slice(cut) };
}

/**
 * "NSA", "FAA", "AT&T", "U.N.": a name written in capitals only (two letters or more, a plural
 * "s" allowed), which names an institution, never a person a later "he" or "she" could mean.
 */
export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z.&]*[A-Z.]s?$/u.test(name) && /[A-Z].*[A-Z]/u.test(name);
}
