/**
 * Reading the stretches between commas after a sentence's subject: is a stretch a bare name, a
 * list of names, or a describing phrase or relative clause (an appositive) to walk over?
 */
import { ANONYMOUS_HEADS, ROLE_WORDS } from '../lexicon/sources';
import { DETERMINERS, TIME_WORDS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { isHandle } from '../1-text/handles';
import { isSpeakerHead } from './phrase';
import { headBefore, isTagSegment } from './aside';
import { lazySet } from '../lexicon/lazy';
import { TITLE_CASE_MINOR } from '../lexicon/display';
import { isTaggedPhrase } from './phrase-end';
import { nameToken, personalName } from './affiliation';
import { isFirstName } from '../lexicon/gender';

/** Is the stretch between two commas a bare name ("Emmanuel Macron")? */
export function isNameSegment(block: BlockModel, from: number, to: number, named = false): boolean {
  if (to - from < 1 || to - from > 4 || isTagSegment(block, from, to)) return false;
  for (let k = from; k < to; k += 1) {
    const t = block.tokens[k];
    // "one buyer on the market, zorro123, said": a user name stands where a name would.
    if (t === undefined || block.quoted[k] === true || !(t.cap || t.text === '.' || isHandle(t)))
      return false;
  }
  const h = headBefore(block, from);
  const before = block.tokens[h];
  // "Rob Lane, President Acme Europe, says": a title opening the stretch after a name is the
  // name's appositive (a renaming follows a role noun: "the president, Rob Lane,").
  if (titleAfterName(block, from, to, h)) return false;
  // "a fellow in Munich, Germany, and co-author ...": a name before ", and" ends a place.
  const place = before?.cap === true && block.tokens[to + 1]?.lower === 'and';
  return (
    before !== undefined &&
    before.isWord &&
    !place &&
    (named || placeTail(block, h) < 0) &&
    !block.quoted[h]
  );
}

/**
 * "Two guards, Ann Roe and Ben Poe, said": two names joined by "and" renaming a plural noun; the
 * names are the speakers.
 */
export function isNameList(block: BlockModel, from: number, to: number): boolean {
  let and = -1;
  for (let k = from; k < to; k += 1) if (block.tokens[k]?.lower === 'and') and = k;
  if (and < 0) return false;
  const head = block.tokens[headBefore(block, from)];
  const plural =
    head !== undefined && !head.cap && head.lower.length > 3 && head.lower.endsWith('s');
  return plural && isNameSegment(block, from, and) && isNameSegment(block, and + 1, to);
}

/**
 * "Rob Lane, President Acme Europe,": a title opens the stretch `[from, to)` after a personal name
 * ending at `h` (one opening with a first name), and no first name follows the title ("The head of
 * the board, Gen. Ada Quist," renames the phrase before it).
 */
function titleAfterName(block: BlockModel, from: number, to: number, h: number): boolean {
  if (!ROLE_WORDS.has(block.tokens[from]?.lower ?? '')) return false;
  let next = from + 1;
  if (block.tokens[next]?.text === '.') next += 1;
  if (next >= to || isFirstName(block.tokens[next]?.lower ?? '')) return false;
  let k = h;
  while (k > 0 && nameToken(block, k - 1)) k -= 1;
  while (k < h && block.tokens[k]?.isWord !== true) k += 1;
  return isFirstName(block.tokens[k]?.lower ?? '') && personalName(block, k, h + 1);
}

/** Prepositions that put a capitalised name before a comma in a location. */
const LOCATIVES = lazySet(() => ['in', 'near', 'from']);

/**
 * "a scientist at the center in Greenbelt, Maryland, said": the name before the comma at `h + 1`
 * follows "in", so what the commas enclose is the rest of the place (its state or country).
 * Returns the locative's index, or -1.
 */
export function placeTail(block: BlockModel, h: number): number {
  let k = h;
  // "in May, Zippy Duvall, ...": a month or a day is no place.
  while (k > h - 4 && block.tokens[k]?.cap === true) {
    if (TIME_WORDS.has(block.tokens[k]?.lower ?? '')) return -1;
    k -= 1;
  }
  return k < h && LOCATIVES.has(block.tokens[k]?.lower ?? '') ? k : -1;
}

// prettier-ignore
const APPOSITIVE_OPENERS = lazySet(() => [
  'who', 'which', 'a', 'an', 'the', 'one', 'his', 'her', 'its', 'their', 'whose', 'head', 'chief',
  'director', "who's", 'who’s',
  // "Jo Hale, another early adopter, believes": one more of a kind already named, whatever the
  // words before its noun are tagged ("early" reads as an adverb).
  'another',
  // "Dr. Jane Holt, of the state health department, said": an affiliation.
  'of',
  // "Many people, both military and civilian, told her", "Officials, including the mayor, say":
  // a quantifier or a list describing a group.
  'both', 'mostly', 'many', 'most', 'some', 'all', 'including',
]);

/**
 * Adverbs that may open a describing phrase between commas ("also a former spy chief", "formerly
 * an aide", "now a consultant") without making it any less a description of the phrase before.
 */
// prettier-ignore
const APPOSITIVE_ADVERBS = lazySet(() => [
  'also', 'now', 'formerly', 'previously', 'once', 'currently', 'then', 'still', 'himself',
  'herself', 'itself', 'later', 'until',
]);

/**
 * Relative pronouns that open a clause describing a person before the comma ("which" is left
 * out: "forces, which have used force ..., said Amnesty" describes an object, not a speaker).
 */
const RELATIVE_OPENERS = lazySet(() => ['who', "who's", 'who’s', 'whose']);
/** Most words of a describing phrase between commas, and of a relative clause there. */
const MAX_APPOSITIVE = 24;
const MAX_RELATIVE = 40;
/** Most modifiers before a role word that opens an appositive without a determiner. */
const ROLE_MODIFIERS = 2;

/** Are `[from, k)` at most ROLE_MODIFIERS lower-case words ("lead", "senior research")? */
function plainModifiers(block: BlockModel, from: number, k: number): boolean {
  if (k - from > ROLE_MODIFIERS) return false;
  for (let m = from; m < k; m += 1) {
    const t = block.tokens[m];
    if (t === undefined || !t.isWord || t.cap) return false;
  }
  return true;
}

/** Does the stretch between two commas read as an appositive or relative clause? */
export function looksAppositive(block: BlockModel, start: number, to: number): boolean {
  // Appositives follow the phrase they describe: a name or a speaker noun before the comma.
  const h = headBefore(block, start);
  if (!isSpeakerHead(block.tokens[h], block.tags[h]) || block.quoted[h] === true) return false;
  // "X, a fellow at the institute, and co-author of the study, said": a second appositive.
  const second = block.tokens[start]?.lower === 'and' && to - start > 2 ? start + 1 : start;
  // "X, also a former head of the agency, said", "X, formerly an aide, said": an adverb of time
  // or focus before the describing phrase leaves it a describing phrase.
  const from =
    APPOSITIVE_ADVERBS.has(block.tokens[second]?.lower ?? '') && to - second > 2
      ? second + 1
      : second;
  const first = block.tokens[from];
  if (first === undefined) return false;
  // "X, who has dissented from every decision this year to keep the rate ..., said": a relative
  // clause holds a whole predicate, so it may run longer than a describing phrase.
  const longest = RELATIVE_OPENERS.has(first.lower) ? MAX_RELATIVE : MAX_APPOSITIVE;
  if (to - from > longest) return false;
  if (!quotesOnlyTitles(block, from, to)) return false;
  if (APPOSITIVE_OPENERS.has(first.lower)) return true;
  // "Lakshiwnder Singh, another deportee, said": any noun phrase between the commas.
  if (isTaggedPhrase(block, from, to)) return true;
  for (let k = from; k < to; k += 1) {
    const w = block.tokens[k]?.lower ?? '';
    // "X, lead author on the study, said": a role word may follow a lower-case modifier or two
    // ("One of the authors, Republican Sen. Ann Roe, said" renames the phrase instead).
    if (ROLE_WORDS.has(w) || ANONYMOUS_HEADS.has(w))
      return DETERMINERS.has(first.lower) || k === from || plainModifiers(block, from, k);
  }
  return false;
}

/**
 * Is every quoted word of `[from, to)` in a work's title ("author of the book 'Race in Latin
 * America'")? Each quoted word is capitalised or a title's short function word, and the stretch
 * opens unquoted; any other quotation is someone's words, which no describing phrase holds.
 */
function quotesOnlyTitles(block: BlockModel, from: number, to: number): boolean {
  if (block.quoted[from] === true) return false;
  for (let k = from; k < to; k += 1) {
    const t = block.tokens[k];
    if (block.quoted[k] !== true || t === undefined || !t.isWord) continue;
    if (!t.cap && !TITLE_CASE_MINOR.has(t.lower)) return false;
  }
  return true;
}
