/**
 * Stage 7b for misspelt surnames: news copy often spells a surname once with a letter dropped,
 * doubled or swapped ("Tim McGinty ... Mr McGinity said", "Gerd Kempermann ... writes
 * Kemperman"), or once with its diacritics and once without ("Gerhard Müller ... Mueller said").
 * A lone name word that the article never gives a full name of goes to the one person whose
 * full-name surname it misses by a single letter or by its marks alone.
 */
import type { KnownName } from './known-names';
import { LETTER_TRANSLITERATIONS } from '../lexicon/people';

/** Combining marks left by NFD decomposition ("é" → "e" + U+0301). */
const COMBINING = /[\u0300-\u036f]/g;

/** Has the word a letter outside ASCII? (Most names have none: no folding is needed.) */
const NON_ASCII = /[^\u0020-\u007e]/;

/**
 * The ASCII spellings English copy gives a lower-case word with diacritics: the letters written
 * out ("müller" → "mueller") and the marks simply dropped ("muller"); the word alone when ASCII.
 */
export function asciiSpellings(word: string): string[] {
  if (!NON_ASCII.test(word)) return [word];
  let written = '';
  for (const ch of word) written += LETTER_TRANSLITERATIONS.get(ch) ?? ch;
  const strip = (w: string): string => w.normalize('NFD').replace(COMBINING, '');
  return [strip(written), strip(word)];
}

/**
 * Are `a` and `b` (lower-case) one surname written with and without its diacritics ("müller",
 * "mueller"; "pérez", "perez")? Not when they are the same word.
 */
export function sameButForMarks(a: string, b: string): boolean {
  if (a === b || (!NON_ASCII.test(a) && !NON_ASCII.test(b))) return false;
  const left = asciiSpellings(a);
  return asciiSpellings(b).some((w) => left.includes(w));
}

/** Shorter words differ by one letter too often to be read as a misspelling ("Lee", "Leo"). */
const MIN_LENGTH = 6;

/**
 * Are `a` and `b` one edit apart: one letter inserted, dropped, changed, or two neighbours
 * swapped? Equal words are not, nor a word and its plural in "s".
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  // "the Gormans": a family's plural is no slip of "Gorman".
  if (a === `${b}s` || b === `${a}s`) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The known person with a full name whose surname `word` (lower-case) misspells, when exactly one
 * fits; `word` itself must not be the surname of any full name.
 */
export function misspeltSurname(
  names: ReadonlyMap<string, KnownName>,
  word: string,
): KnownName | undefined {
  const short = word.length < MIN_LENGTH;
  let found: KnownName | undefined;
  for (const k of names.values()) {
    if (!k.person || !k.name.includes(' ')) continue;
    const surname = k.surname.toLowerCase();
    if (surname === word) return undefined;
    // "Gerhard Müller ... Mueller said": the same name without its marks, however short.
    const slip = !short && surname[0] === word[0] && oneEditApart(surname, word);
    if (!slip && !sameButForMarks(surname, word)) continue;
    if (found !== undefined && found.name !== k.name) return undefined;
    found = k;
  }
  return found;
}

/**
 * `name` with its surname spelt as the article spells it most often among `mentions` (the texts
 * that named the person): when "Lance Packowski" is written once and "Paczkowski" throughout, the
 * full name is the slip. Unchanged when the written surname holds its own or the variant is
 * written only once.
 */
export function usualSpelling(name: string, mentions: readonly string[]): string {
  const parts = name.split(' ');
  const surname = parts[parts.length - 1] ?? '';
  if (parts.length < 2 || surname.length < MIN_LENGTH) return name;
  const own = surname.toLowerCase();
  const counts = new Map<string, number>();
  for (const text of mentions) {
    const word = (text.split(' ').pop() ?? '').replace(/['\u2019]s$/, '');
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // A variant written once is as likely the slip as the full name (the full name may never
  // have been a speaker mention); it must be the article's habit.
  let best = surname;
  let most = Math.max(counts.get(surname) ?? 0, 1);
  for (const [word, n] of counts) {
    if (n > most && oneEditApart(word.toLowerCase(), own)) {
      best = word;
      most = n;
    }
  }
  return best === surname ? name : [...parts.slice(0, -1), best].join(' ');
}
