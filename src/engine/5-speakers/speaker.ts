/**
 * Stage 5: find the noun phrase that names the speaker next to a cue, without a tagger: scan tokens
 * outward from the verb, skipping auxiliaries and adverbs, and stop at clause boundaries. Handles
 * pronouns, relative clauses ("X, who ... said") and appositives ("X, a spokesman for Y, said").
 */
import { subjectBeforeAppositives } from './appositive';
import { scareQuotesPlain } from './scare-quotes';
import { nameBeforeUnclosedAppositive } from './unclosed-appositive';
import { skipParenthetical } from './designation';
import { CLOSING_QUOTE_MARKS, SUBJECT_PRONOUNS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { clauseSubjectLeft, subjectBeforeRelativeClause } from './chunk';
import { collectLeft, collectPlural, type NounPhrase } from './phrase';
import { skipAuxLeft } from './skip-aux';
import { placeOfSubject } from './located';
import { subjectBeforeContactClause } from './contact-clause';
import { quotedTrailingSubject } from './quoted-trailing';
import { closesWithVerb } from './trailing-report';
import { subjectBeforeParticiple } from './participial';
import { subjectBeforeColleagues } from './colleagues';
import { subjectBeforePostpositive } from './postpositive';

export { isSpeakerHead, speakerRight, type NounPhrase } from './phrase';
export { skipAuxLeft } from './skip-aux';

/**
 * The subject of a cue verb at token `cue`: the phrase to its left within the sentence starting at
 * `floor`, or null when the verb has none (inverted "said X", or a participle).
 */
export function subjectLeft(
  block: BlockModel,
  cue: number,
  floor: number,
  pluralVerb = false,
): NounPhrase | null {
  const j = skipAuxLeft(block, cue - 1, floor);
  if (j < floor) return null;
  const t = block.tokens[j];
  if (t === undefined) return null;
  if (t.text === ',') return subjectBeforeAppositives(block, j, floor);
  const post = subjectBeforePostpositive(block, j, floor);
  if (post !== null) return post;
  // "Ann Roe, PhD, of the university, and colleagues found": the named lead author.
  const team = subjectBeforeColleagues(block, j, floor);
  if (team !== null) return team;
  // 'Ann Roe, author of the book "Reefs in Peril," said': the closing comma inside the title's
  // quotation marks ends the appositive.
  if (
    CLOSING_QUOTE_MARKS.has(t.text) &&
    block.quoted[j - 1] === true &&
    block.tokens[j - 1]?.text === ','
  ) {
    const np = subjectBeforeAppositives(block, j - 1, floor);
    if (np !== null) return np;
    // 'Ann Lee, a nurse who called it "reckless," said': a scare quote inside the appositive.
    const plain = scareQuotesPlain(block, floor, j);
    const past = plain === block ? null : subjectBeforeAppositives(plain, j - 1, floor);
    if (past !== null && past.appositive !== null) return past;
  }
  // "Jane Roe - who won gold in 1984 - said", "Acme — the largest lender — says": an aside in dashes.
  if (isSpacedDash(block, j)) return subjectBeforeDashes(block, j, floor);
  // "Jane Roe (D-Ohio) said", "Acme Corp. (NYSE: ACM) said": the phrase before the brackets.
  if (t.text === ')') {
    const open = Math.min(skipParenthetical(block, j, floor), relativeAside(block, j, floor));
    return open === j ? null : subjectLeft(block, open + 1, floor, pluralVerb);
  }
  if (t.isWord && (t.lower === 'who' || t.lower === 'which')) {
    const comma = block.tokens[j - 1];
    // "the head - who ran the school - who said ...": a second relative after an aside in dashes.
    if (isSpacedDash(block, j - 1)) {
      const np = subjectBeforeDashes(block, j - 1, floor);
      return np === null
        ? null
        : { ...np, appositive: { from: np.appositive?.from ?? j, to: cue } };
    }
    if (comma?.text !== ',') return null;
    const np = collectLeft(block, j - 2, floor);
    return np === null
      ? null
      : { ...np, from: afterMainVerb(block, np), appositive: { from: j, to: cue } };
  }
  if (t.isWord && t.lower === 'that' && block.quoted[j] !== true)
    return restrictive(block, j, cue, floor);
  // "Many of the students I spoke to said": the phrase before a contact clause.
  const contact = subjectBeforeContactClause(block, j, floor);
  if (contact !== null) return contact;
  const plural = pluralVerb ? collectPlural(block, j, floor) : null;
  const near = collectLeft(block, j, floor);
  // '"...," the lead author Ann Roe of the institute said': the whole stretch after the quote.
  const trailing = quotedTrailingSubject(block, j, floor);
  if (trailing !== null && (near === null || near.from > trailing.from)) return trailing;
  // "A study published in Nature found": the phrase before a participle, not its agent or place.
  const participial = subjectBeforeParticiple(block, j, floor);
  // A phrase read across the participle ("A trial presented last spring") yields to it too.
  if (
    participial !== null &&
    (near === null || participial.from < near.from || near.to > participial.to)
  )
    return participial;
  // "..., police and medical sources said.", "..., a post from the office said.": a lexicon phrase
  // that is the second of two conjoined nouns or a post-modifier's object; the whole phrase is the
  // subject when it trails the claim: after a comma, with a verb that closes the sentence.
  const inner = near !== null && joinsInner(block, near.from - 1);
  const whole = inner ? clauseSubjectLeft(block, j, floor) : null;
  if (whole !== null && near !== null && whole.from < near.from && trails(block, whole))
    return whole;
  return (
    (near === null ? null : unclosedRelative(block, near.from, floor, cue)) ??
    (near === null ? null : nameBeforeUnclosedAppositive(block, near, floor, cue)) ??
    (near === null ? null : placeOfSubject(block, near, floor, cue)) ??
    near ??
    plural ??
    subjectBeforeRelative(block, j, floor) ??
    subjectBeforeRelativeClause(block, j, floor) ??
    clauseSubjectLeft(block, j, floor)
  );
}

/** Most tokens of a relative clause in brackets between a subject and its verb. */
const MAX_BRACKETED_RELATIVE = 25;

/**
 * "Jane Roe (who wrote the first report) noted": a relative clause in brackets, longer than a
 * designation, describes the phrase before it. The index before its opening bracket, else `close`.
 */
function relativeAside(block: BlockModel, close: number, floor: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - MAX_BRACKETED_RELATIVE); k -= 1) {
    if (block.quoted[k] === true || block.tokens[k]?.text === ')') return close;
    if (block.tokens[k]?.text !== '(') continue;
    const rel = block.tokens[k + 1]?.lower;
    return rel === 'who' || rel === 'which' ? k - 1 : close;
  }
  return close;
}

/** Does token `k` join a phrase's parts ("police and medical", "a post from the office")? */
function joinsInner(block: BlockModel, k: number): boolean {
  return block.quoted[k] !== true && (block.tokens[k]?.lower === 'and' || block.tags[k] === 'prep');
}

/** Does the phrase follow an unquoted comma, its verb then closing the sentence? */
function trails(block: BlockModel, np: NounPhrase): boolean {
  const comma = block.tokens[np.from - 1]?.text === ',' && block.quoted[np.from - 1] !== true;
  return comma && closesWithVerb(block, np.to);
}

/**
 * "an article by New York magazine that claimed ...": a restrictive relative clause whose
 * antecedent is a speaker phrase right before "that".
 */
function restrictive(block: BlockModel, j: number, cue: number, floor: number): NounPhrase | null {
  const before = block.tokens[j - 1];
  if (before === undefined || !before.isWord || block.quoted[j - 1] === true) return null;
  const np = collectLeft(block, j - 1, floor);
  if (np === null || SUBJECT_PRONOUNS.has(before.lower)) return null;
  return { ...np, from: afterMainVerb(block, np), appositive: { from: j, to: cue } };
}

/**
 * "The firm published a memo that said ...", "Officials released the report, which said ...": the
 * antecedent of a relative starts after the main verb the phrase scan read across.
 */
function afterMainVerb(block: BlockModel, np: NounPhrase): number {
  let from = np.from;
  for (let k = np.from; k < np.to - 1; k += 1)
    if (block.tags[k] === 'verb' && block.tokens[k]?.cap !== true) from = k + 1;
  return from;
}

/**
 * "The mother of a woman who took pills bought online has described ...", "The company that
 * provides video platforms said ...": the sentence-opening phrase before "who" or "that".
 */
function subjectBeforeRelative(block: BlockModel, j: number, floor: number): NounPhrase | null {
  for (let k = j; k >= Math.max(floor, j - 15); k -= 1) {
    const t = block.tokens[k];
    if (
      t === undefined ||
      block.quoted[k] === true ||
      t.text === ',' ||
      SUBJECT_PRONOUNS.has(t.lower)
    )
      return null;
    if (t.lower === 'who' || t.lower === 'that') {
      const np = collectLeft(block, k - 1, floor);
      return np === null || np.from !== floor
        ? null
        : { ...np, appositive: { from: k, to: j + 1 } };
    }
  }
  return null;
}

/**
 * "Ann Roe, who led the study at the university said ...": the phrase before the verb ends a
 * relative clause whose closing comma is missing, so the subject is the phrase before ", who"
 * (the sentence's opening one). The relative pronoun must be the subject of its own verb: in
 * "The plan, which the mayor said ..." the phrase before the cue is its subject.
 */
function unclosedRelative(
  block: BlockModel,
  from: number,
  floor: number,
  cue: number,
): NounPhrase | null {
  for (let k = from - 1; k > floor; k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return null;
    if (t.text !== ',') continue;
    const rel = block.tokens[k + 1]?.lower;
    if ((rel !== 'who' && rel !== 'which') || block.tags[k + 2] !== 'verb') return null;
    const np = collectLeft(block, k - 1, floor);
    return np === null || np.from !== floor
      ? null
      : { ...np, appositive: { from: k + 1, to: cue } };
  }
  return null;
}

/** The longest aside between two dashes that still leaves its subject next to the verb. */
const MAX_DASHED_ASIDE = 25;
const DASHES = lazySet(() => ['\u2014', '\u2013', '-', '--']);

/** Is token `i` a dash standing apart from its words ("X - who", not "U.S.-China")? */
function isSpacedDash(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  if (t === undefined || block.quoted[i] === true || !DASHES.has(t.text)) return false;
  const prev = block.tokens[i - 1];
  const next = block.tokens[i + 1];
  return t.text !== '-' || (prev?.end !== t.start && next?.start !== t.end);
}

/** The phrase before the dash that opens the aside closed by the dash at `close`. */
function subjectBeforeDashes(block: BlockModel, close: number, floor: number): NounPhrase | null {
  const dash = block.tokens[close]?.text;
  for (let k = close - 1; k >= Math.max(floor, close - MAX_DASHED_ASIDE); k -= 1) {
    if (block.quoted[k] === true) return null;
    if (block.tokens[k]?.text !== dash || !isSpacedDash(block, k)) continue;
    if (close - k < 3) return null;
    // "The guards — both veterans — said": a group no list names is still the phrase's subject.
    const np = collectLeft(block, k - 1, floor) ?? clauseSubjectLeft(block, k - 1, floor);
    return np === null ? null : { ...np, appositive: { from: k + 1, to: close } };
  }
  return null;
}
