/**
 * Stage 5d for affiliations: "Robin Vale of the design office said", "said Dr Ann Lee from the
 * space centre", "Ann Lee at Acme University, who led the study, said". A person's name followed
 * by the body the person belongs to names the person: the body is only where they work, so it
 * becomes the phrase's appositive instead of the speaker its head would make it.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { HONORIFICS, isRoleWord } from '../lexicon/sources';
import { isInstitutionWord, stripPossessive } from './name-words';
import type { NounPhrase } from './phrase';

/** Prepositions that tie a person to a body ("of", "from", "at"). */
const AFFILIATION_PREPS = lazySet(() => ['of', 'from', 'at']);
/** A personal name has two to four words ("Ann Lee", "Juan Carlos de la Vega" is the most). */
const MIN_NAME = 2;
const MAX_NAME = 4;

/**
 * The person `np` names when it is, or follows, "<personal name> of/from/at <body>"; else `np`.
 * Only a name of two to four capitalised words tagged as a name, none of them a role or an
 * institution word, counts: "Bank of America", "Secretary of State" and "the head of Acme" stay.
 */
export function personBeforeAffiliation(block: BlockModel, np: NounPhrase): NounPhrase {
  // "Robin Vale of the design office": the affiliation inside the phrase.
  for (let k = np.from + 1; k < np.to - 1; k += 1) {
    if (!AFFILIATION_PREPS.has(block.tokens[k]?.lower ?? '')) continue;
    return personalName(block, np.from, k) || titledName(block, np.from, k)
      ? { from: np.from, to: k, appositive: np.appositive ?? { from: k, to: np.to } }
      : np;
  }
  // "Ann Lee from Acme University, who ...": the phrase found is the body after the preposition.
  const prep = np.from - 1;
  if (!AFFILIATION_PREPS.has(block.tokens[prep]?.lower ?? '') || block.quoted[prep] === true)
    return np;
  let start = prep;
  while (start > 0 && prep - start < MAX_NAME + 2 && nameToken(block, start - 1)) start -= 1;
  return start < prep && personalName(block, start, prep)
    ? { from: start, to: prep, appositive: { from: prep, to: np.appositive?.to ?? np.to } }
    : np;
}

/**
 * "mission chief scientist Bruce Jakosky of ...", "Judge Ann Lee of ...": a personal name that
 * ends at `to` and follows a role word inside the phrase starting at `from`. The role names the
 * person's job, so the body after the preposition is still only where they work.
 */
function titledName(block: BlockModel, from: number, to: number): boolean {
  for (let start = from + 1; start <= to - MIN_NAME; start += 1) {
    const before = block.tokens[start - 1];
    if (before === undefined || !before.isWord || block.quoted[start - 1] === true) return false;
    if (isRoleWord(stripPossessive(before.lower)) && personalName(block, start, to)) return true;
  }
  return false;
}

/** A capitalised word (or the period of "Dr.") outside quotes, as a name is written. */
export function nameToken(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  if (t === undefined || block.quoted[i] === true) return false;
  return t.text === '.' ? HONORIFICS.has(block.tokens[i - 1]?.lower ?? '') : t.isWord && t.cap;
}

/** Do tokens `[from, to)` spell a personal name, an honorific before it allowed? */
export function personalName(block: BlockModel, from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !nameToken(block, i)) return false;
    if (t.text === '.' || HONORIFICS.has(t.lower)) continue;
    const w = stripPossessive(t.lower);
    if (block.tags[i] !== 'name' || isRoleWord(w) || isInstitutionWord(w)) return false;
    words += 1;
  }
  return words >= MIN_NAME && words <= MAX_NAME;
}
