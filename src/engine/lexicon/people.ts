/**
 * Person vocabulary for telling who is on stage in a passage: the endings of nouns that name what a
 * person does ("novelist", "filmmaker", "translator", "historian"), written right before a name
 * ("the novelist Jo Walton"). A complete morphological class rather than a list of jobs, so an
 * unseen job still marks the name after it as a person's.
 */
import { titleGender } from './gender';
import { lazyMap, lazySet, lazyValue } from './lazy';
import { isRoleWord } from './sources';

/** Endings of agent nouns; checked only on words longer than five letters ("paper" is no agent). */
export const PERSON_NOUN_SUFFIXES: () => readonly string[] = lazyValue(() => [
  'ist',
  'maker',
  'writer',
  'ographer',
  'ician',
  'ian',
  'or',
  'er',
  'ee',
  'ant',
]);

/**
 * "novelist", "filmmaker", "editor": a noun that names what a person is. Agent-noun endings count
 * only on words tagged as nouns ("whether" ends like "writer" but is no noun).
 */
export function isPersonNoun(word: string, noun: boolean): boolean {
  if (isRoleWord(word) || titleGender([word]) !== null) return true;
  return noun && word.length > 5 && PERSON_NOUN_SUFFIXES().some((s) => word.endsWith(s));
}

/** Generational suffixes written after a surname ("James Roosevelt Jr.", "Henry Ford II"). */
const GENERATIONAL = lazySet(() => ['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** "Jr." and "Sr.": a son or father named after the other, never a regnal number. */
const JUNIOR_SENIOR = lazySet(() => ['jr', 'jr.', 'sr', 'sr.']);

/**
 * "Jerry Jr.", "Dale Sr.": a given name and "Jr."/"Sr." with the family name left out, written to
 * tell a son from the father who shares his given name. Only the written suffix names that person:
 * a lone "Jerry" in the same article is the father as often as the son.
 */
export function isGivenNameJunior(words: readonly string[]): boolean {
  return words.length === 2 && JUNIOR_SENIOR.has(words[1] ?? '');
}

/**
 * The surname of a name's lower-cased words: the last, unless that is a generational suffix
 * ("james roosevelt jr" → "roosevelt", a regnal "tamon ii" → "tamon"), so a later lone
 * "Roosevelt" or "Pope Tamon" can find the name. "Jerry Jr." has no surname written: the whole
 * name is its key, so a lone "Jerry" does not reach it.
 */
export function surnameOf(words: readonly string[]): string {
  if (isGivenNameJunior(words)) return words.join(' ');
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && GENERATIONAL.has(last) ? (words[words.length - 2] ?? last) : last;
}

/**
 * Nouns for someone known through another person ("a colleague of Roe's", "friends of the
 * singer"): the phrase names the acquaintance, not the person after "of".
 */
// prettier-ignore
export const ACQUAINTANCES = lazySet(() => [
  'colleague', 'colleagues', 'friend', 'friends', 'relative', 'relatives', 'neighbour',
  'neighbours', 'neighbor', 'neighbors', 'associate', 'associates', 'ally', 'allies', 'aide',
  'aides', 'supporter', 'supporters', 'fan', 'fans', 'acquaintance', 'acquaintances', 'classmate',
  'classmates', 'co-worker', 'co-workers', 'confidant', 'confidants',
]);

/**
 * Titles written before a given name, not a surname: "Sir Keith Joseph" is "Sir Keith" on second
 * mention, "Dame Judi Dench" "Dame Judi", "Father John Roe" "Father John". The lone word after
 * one is the first word of a full name the article gives, never a surname of its own.
 */
export const GIVEN_NAME_TITLES = lazySet(() => ['sir', 'dame', 'father', 'sister', 'brother']);

/**
 * Letters English copy writes out when it drops the diacritic ("Müller" as "Mueller", "Göring" as
 * "Goering", "Strauß" as "Strauss"); other marks are simply dropped ("Pérez" as "Perez").
 */
export const LETTER_TRANSLITERATIONS = lazyMap<string, string>(() => [
  ['ä', 'ae'],
  ['ö', 'oe'],
  ['ü', 'ue'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['ø', 'oe'],
]);
