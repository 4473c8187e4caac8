/**
 * Stage 5b: walk over what may separate a speaker from its verb: appositives ("X, a spokesman for
 * Y, said"), relative clauses ("X, who follows Amazon, said"), short asides ("X, by contrast,
 * said") and a bare name set off by commas ("the country's president, Emmanuel Macron, said").
 */
import { ROLE_WORDS } from '../lexicon/sources';
import { CLOSING_QUOTE_MARKS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { listSegmentStart } from './list-items';
import { collectLeft, type NounPhrase } from './phrase';
import { isAside } from './aside';
import { lazySet } from '../lexicon/lazy';
import { clauseSubjectLeft } from './chunk';
import { nameToken, personalName } from './affiliation';
import { locatedSubject, placeOfSubject } from './located';
import { capitalsOnly, isDesignation, isRegion, skipParenthetical } from './designation';
import { isNameSegment, isNameList, placeTail, looksAppositive } from './appositive-segments';

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
