/**
 * Person nouns by their derivation, so a source need not be listed word by word: the agent suffixes
 * of professions and callings ("astronomers", "geologists", "pediatricians", "oceanographers").
 * A list can never hold them all, and articles from any field bring their own.
 */
import { lazyValue } from './lazy';
import { OCCUPATION_NOUNS } from './occupations';
import { singulars } from './plurals';

/**
 * Suffixes that build a noun for a person from a field or a practice, singular or plural. "-ist"
 * alone is too loose ("list", "insist", "wrist"), so it is read with its own guard below.
 */
// prettier-ignore
const PROFESSION_SUFFIXES = [
  'ologist', 'onomer', 'ographer', 'ometrist', 'ician', 'iatrist', 'iatrician', 'ologer',
];

/**
 * "-ist" endings that are not persons: verbs on "-sist" and "-xist" ("insist", "coexist") and the
 * compounds of "list" ("checklist"), while "specialist" and "journalist" stay persons.
 */
// prettier-ignore
const NOT_PERSON_IST = [
  'sist', 'xist', 'wrist', 'twist', 'playlist', 'checklist', 'shortlist', 'blacklist', 'whitelist',
  'waitlist', 'wishlist', 'enlist', 'setlist', 'tracklist',
];

/** The shortest person noun in "-ist" read by the suffix ("chemist", "dentist"). */
const MIN_IST_LENGTH = 7;

const PATTERN = lazyValue(() => new RegExp(`(?:${PROFESSION_SUFFIXES.join('|')})s?$`, 'u'));

/** Is a lower-case word a noun for a person by its profession suffix, singular or plural? */
export function isProfessionNoun(word: string): boolean {
  if (PATTERN().test(word) || isOccupationNoun(word)) return true;
  const stem = word.endsWith('ists') ? word.slice(0, -1) : word;
  return (
    stem.endsWith('ist') &&
    stem.length >= MIN_IST_LENGTH &&
    /^\p{Ll}+$/u.test(stem) &&
    !NOT_PERSON_IST.some((s) => stem.endsWith(s))
  );
}

/** A listed occupation or tie in the singular or a regular plural ("waitresses", "aunts"). */
function isOccupationNoun(word: string): boolean {
  return OCCUPATION_NOUNS.has(word) || singulars(word).some((s) => OCCUPATION_NOUNS.has(s));
}
