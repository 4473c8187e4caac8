/**
 * Stage 5b: walk over what may separate a speaker from its verb: appositives ("X, a spokesman for
 * Y, said"), relative clauses ("X, who follows Amazon, said"), short asides ("X, by contrast,
 * said") and a bare name set off by commas ("the country's president, Emmanuel Macron, said").
 */
import { ANONYMOUS_HEADS, ROLE_WORDS } from '../lexicon/sources';
import { CLOSING_QUOTE_MARKS, DETERMINERS, TIME_WORDS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { listSegmentStart } from './list-items';
import { isHandle } from '../1-text/handles';
import { collectLeft, isSpeakerHead, type NounPhrase } from './phrase';
import { headBefore, isAside, isTagSegment } from './aside';
import { lazySet } from '../lexicon/lazy';
import { TITLE_CASE_MINOR } from '../lexicon/display';
import { clauseSubjectLeft, isTaggedPhrase } from './chunk';
import { nameToken, personalName } from './affiliation';
import { isFirstName } from '../lexicon/gender';
import { locatedSubject, placeOfSubject } from './located';
import { capitalsOnly, isDesignation, isRegion, skipParenthetical } from './designation';

/** Is the stretch between two commas a bare name ("Emmanuel Macron")? */
function isNameSegment(block: BlockModel, from: number, to: number, named = false): boolean {
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
function isNameList(block: BlockModel, from: number, to: number): boolean {
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
function placeTail(block: BlockModel, h: number): number {
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
function looksAppositive(block: BlockModel, start: number, to: number): boolean {
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

/**
 * "X, a commissioner on Y, which has managed Z, said": walk back over comma-delimited appositives
 * to the phrase they describe; "the country's president, Emmanuel Macron, said" gives the name.
 */
export function subjectBeforeAppositives(
  block: BlockModel,
  comma: number,
  floor: number,
): NounPhrase | null {
  let end = comma;
  let appositive: { from: number; to: number } | null = null;
  let afterPlace = false;
  let locative = -1;
  // Did the segment just read describe a role ("chairman of the board")?
  let roleAfter = false;
  for (let round = 0; round < MAX_SEGMENTS; round += 1) {
    let k = end - 1;
    while (k >= floor && block.tokens[k]?.text !== ',') k -= 1;
    // Only the stretch right before the verb: further left, "the source" after "..., coup," opens a phrase.
    if (round === 0) k = listSegmentStart(block, k, end, floor);
    // "in Greenbelt, Maryland, and at a university in Washington, D.C., said": a place's state or
    // country, and a further place joined by "and", stay inside the appositive.
    const joinedAfterPlace = appositive !== null && afterPlace && startsWithAnd(block, k + 1, end);
    // The locative of the place the previous segment ended, kept for the opening phrase.
    const located = locative;
    // "fail in Paris, Ann Lee, chairman of the board, said": before a role, a name in capitals
    // is the person the role describes, not the state of the place before it.
    const named = roleAfter && !isRegion(block, k + 1, end);
    locative =
      k >= floor && !named && capitalsOnly(block, k + 1, end) ? placeTail(block, k - 1) : -1;
    roleAfter = false;
    // "from the University of Auckland, New Zealand, said": a state or country after a name
    // locates the phrase before its comma as a place after "in" does.
    if (
      locative < 0 &&
      k > floor &&
      block.tokens[k - 1]?.cap === true &&
      isRegion(block, k + 1, end)
    )
      locative = k;
    afterPlace = locative >= 0;
    if (afterPlace || joinedAfterPlace) {
      appositive = { from: k + 1, to: comma };
      end = k;
      continue;
    }
    if (k >= floor && isDesignation(block, k + 1, end)) {
      // "Sen. Jane Roe, R-Ohio, said", "Acme, Inc., says": a party tag or a company suffix.
      appositive = { from: k + 1, to: comma };
      end = k;
      continue;
    }
    // "Dr Ann Roe, director of research, Acme Health, said": the name after a person's role is
    // the body the role is held at, one more appositive of the person's.
    if (k >= floor && bodyAfterRole(block, k, end, floor)) {
      appositive = { from: k + 1, to: comma };
      end = k;
      continue;
    }
    if (k >= floor && (isNameSegment(block, k + 1, end, named) || isNameList(block, k + 1, end))) {
      // "her mother, Fiona, said": the describing phrase before the name belongs to the clause.
      // "... in Paris, Ann Lee, chairman ..., said": a place before the name ends the claim.
      const described =
        named && placeTail(block, k - 1) >= 0
          ? null
          : (openingPhrase(block, collectLeft(block, k - 1, floor), floor) ??
            describedByClause(block, floor, k));
      return {
        from: k + 1,
        to: end,
        appositive: described === null ? appositive : { from: described.from, to: k },
      };
    }
    if (k >= floor && (looksAppositive(block, k + 1, end) || isAside(block, k + 1, end))) {
      appositive = { from: k + 1, to: comma };
      end = k;
      roleAfter = true;
      continue;
    }
    if (appositive === null) return null;
    // '"...," Ann Lee of the lab in Leeds, UK, said': the phrase opens after the closing mark.
    const bound = afterClosingMark(block, Math.max(floor, k + 1));
    // "Dr Ann Roe from the museum in Leeds, UK, said": the phrase the place locates speaks.
    const opener = located >= 0 ? locatedSubject(block, located, bound) : null;
    if (opener !== null) return { ...opener, appositive: { from: opener.to, to: comma } };
    // "Residents of the town, many of whom ..., say": any noun phrase that opens the clause.
    const last = skipParenthetical(block, end - 1, bound);
    const np = collectLeft(block, last, bound) ?? clauseSubjectLeft(block, last, bound);
    if (np === null) return null;
    // "Dr Ann Roe at the lab in Leeds, lead author of the study, said": the place locates her.
    return placeOfSubject(block, np, bound, comma) ?? { ...np, appositive };
  }
  return null;
}

/**
 * The phrase before a renaming name, when it opens its clause ("Her mother, Fiona, said"): after
 * a word ("Officers arrested the suspects, Jake Frith, an agent, said") it is the object of the
 * claim's verb, and the claim ends at its comma, so the phrase describes nobody.
 */
function openingPhrase(block: BlockModel, np: NounPhrase | null, floor: number): NounPhrase | null {
  if (np === null || np.from <= floor) return np;
  const before = block.tokens[np.from - 1];
  return before?.isWord === true && block.quoted[np.from - 1] !== true ? null : np;
}

/** `k`, or the token after it when `k` is the closing mark of a quotation. */
function afterClosingMark(block: BlockModel, k: number): number {
  const t = block.tokens[k];
  return t !== undefined && CLOSING_QUOTE_MARKS.has(t.text) && block.quoted[k - 1] === true
    ? k + 1
    : k;
}

/** Tags of a noun phrase's words before its relative clause ("The group that ..."). */
const PHRASE_TAGS = lazySet(() => ['det', 'adj', 'noun', 'num', 'poss']);

/**
 * "The group that owns most of her music, Big Machine, says": a noun phrase with a relative
 * clause opens the sentence and describes the name after the comma. Returns that stretch.
 */
function describedByClause(
  block: BlockModel,
  floor: number,
  comma: number,
): { from: number } | null {
  let k = floor;
  while (k < comma && PHRASE_TAGS.has(block.tags[k] ?? 'punct') && block.quoted[k] !== true) k += 1;
  const noun = block.tags[k - 1] === 'noun';
  if (k === floor || !noun || block.tags[k] !== 'rel') return null;
  for (let m = k; m < comma; m += 1) if (block.quoted[m] === true) return null;
  return { from: floor };
}

/** Most comma-delimited stretches walked over between a subject and its verb. */
const MAX_SEGMENTS = 6;

/** Does the stretch open with "and" and hold a few more words ("and American University in X")? */
function startsWithAnd(block: BlockModel, from: number, to: number): boolean {
  return block.tokens[from]?.lower === 'and' && to - from > 2 && to - from <= 16;
}

/**
 * Is the stretch after the comma at `k` (up to `end`) a body's name that ends "<personal name>,
 * <role>, <body>"? The role segment must read as an appositive holding a role word, the person's
 * name must stand right before it, and the body itself must be no personal name.
 */
function bodyAfterRole(block: BlockModel, k: number, end: number, floor: number): boolean {
  if (end - k < 2 || personalName(block, k + 1, end) || !capitalsOnly(block, k + 1, end))
    return false;
  let p = k - 1;
  while (p >= floor && block.tokens[p]?.text !== ',') p -= 1;
  if (p <= floor || !looksAppositive(block, p + 1, k)) return false;
  let hasRole = false;
  for (let m = p + 1; m < k; m += 1)
    if (ROLE_WORDS.has(block.tokens[m]?.lower ?? '')) hasRole = true;
  if (!hasRole) return false;
  let start = p;
  while (start > floor && nameToken(block, start - 1)) start -= 1;
  return start < p && personalName(block, start, p);
}
