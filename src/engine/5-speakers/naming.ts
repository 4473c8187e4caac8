/**
 * Stage 7a': read a capitalised speaker phrase. Its head is the last run of capitalised words
 * ("Whole Foods co-founder and CEO John Mackey" names Mackey); lower-case words after it give its
 * type ("Interfax news agency"); title words are split off a person's name but kept in an
 * institution's ("Russian Defense Ministry").
 */
import { ROLE_WORDS, typeFromHead } from '../lexicon/sources';
import { DETERMINERS } from '../lexicon/words';
import { isInstitutionWord, splitRoles, stripPossessive } from './name-words';
import type { Token } from '../1-text/tokenize';
import type { EntityType } from '../types';
import { lazySet } from '../lexicon/lazy';

/** The parts of a named phrase. */
export interface NameParts {
  run: Token[];
  tail: string[];
  roles: string[];
  name: Token[];
  nameWords: string[];
  lowerWords: string[];
  head: string;
  /** The phrase is an unnamed group with a capitalised modifier ("Many Tunisians"). */
  anonymous: boolean;
  /** The phrase is a role noun ("the French president", "Facebook CEO"). */
  role: boolean;
}

// prettier-ignore
/** Words that make a phrase a news outlet whatever its head ("Interfax news agency"). */
const STRONG_MEDIA = lazySet(() => [
  'news', 'newspaper', 'reuters', 'interfax', 'tass', 'bloomberg', 'broadcaster', 'magazine', 'times',
  'journal', 'post', 'tribune', 'herald', 'bbc', 'cnn', 'afp', 'ap', 'xinhua', 'yonhap', 'ria',
]);

const isCapWord = (t: Token | undefined): boolean =>
  t !== undefined && (t.cap || startsWithNumberWord(t.text)) && !DETERMINERS.has(t.lower);

/** `/^\d+\p{L}/u` ("3M", "7Eleven"), with the regex run only for words that open with a digit. */
function startsWithNumberWord(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57 && /^\d+\p{L}/u.test(text);
}

/** Lower-case words that may join the words of a name ("Bank of England", "Johnson & Johnson"). */
const NAME_JOINERS = lazySet(() => ['of', 'and', '&', 'for', 'de', 'on']);

/** Split a speaker phrase into its name run, tail and roles; null when it has no name. */
export function nameParts(tokens: readonly Token[]): NameParts | null {
  let capEnd = tokens.length;
  while (capEnd > 0 && !isCapWord(tokens[capEnd - 1])) capEnd -= 1;
  if (capEnd === 0) return null;
  let capStart = capEnd - 1;
  const joins = (t: Token | undefined) => NAME_JOINERS.has(t?.lower ?? '');
  while (
    capStart > 0 &&
    (isCapWord(tokens[capStart - 1]) ||
      (joins(tokens[capStart - 1]) && isCapWord(tokens[capStart - 2])))
  ) {
    capStart -= 1;
  }
  // "Amazon-owned Whole Foods Market", "Seattle-based X": the compound modifier is not the name.
  while (
    capStart < capEnd - 1 &&
    /-(?:owned|based|led|backed|run|funded|born)$/.test(tokens[capStart]?.lower ?? '')
  ) {
    capStart += 1;
  }
  const run = tokens.slice(capStart, capEnd);
  const tail = tokens.slice(capEnd).map((t) => t.lower);
  const tailHead = tail[tail.length - 1] ?? run[run.length - 1]?.lower ?? '';
  const runIsInstitution =
    run.some((t) => isInstitutionWord(stripPossessive(t.lower))) || tail.some(isInstitutionWord);
  const { roles, name } = runIsInstitution ? { roles: [], name: run } : splitRoles(run);
  const nameWords = name.map((t) => stripPossessive(t.text));
  const lowerWords = nameWords.map((w) => w.toLowerCase());
  const head = (tail[tail.length - 1] ?? lowerWords[lowerWords.length - 1] ?? '').replace(
    /'s$/,
    '',
  );
  const role =
    ROLE_WORDS.has(head) &&
    !isInstitutionWord(head) &&
    (tail.length > 0 || name.length === run.length);
  return {
    run,
    tail,
    roles,
    name,
    nameWords,
    lowerWords,
    head,
    role,
    anonymous: typeFromHead(tailHead) === 'anonymous',
  };
}

/** The type of a named phrase that is not a person. */
export function namedType(
  run: readonly Token[],
  tail: readonly string[],
  lowerWords: readonly string[],
  head: string,
): EntityType {
  // "an ABC News poll", "a Reuters analysis": a document head outranks the outlet that ran it.
  if (tail.length > 0 && typeFromHead(head) === 'document') return 'document';
  if ([...run.map((t) => t.lower), ...tail].some((w) => STRONG_MEDIA.has(w))) return 'media';
  const marker = lowerWords.find(isInstitutionWord);
  return typeFromHead(head) ?? (marker === undefined ? null : typeFromHead(marker)) ?? 'unknown';
}
