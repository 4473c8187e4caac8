/**
 * Stage 6a': where a reported claim gives way to the author's own words after a comma — ", amid
 * ...", ", which ...", ", and want Y", ", but Congress has not ...", a closing appositive — and
 * where it does not (a relative clause on the claim's own subject).
 */
import { hasVerb, type Range } from './clause';
import { DEMONSTRATIVES, DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { CLAIM_NOUNS } from '../lexicon/claims';
import { speakersNextAct } from './second-verb';

/** Words that open a new clause rather than a second verb phrase after ", and". */
const CLAUSE_WORDS = lazySet(() => [
  ...DETERMINERS,
  ...SUBJECT_PRONOUNS.keys(),
  'there',
  'then',
  'so',
  'if',
  'when',
  'as',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'after',
  'while',
  'because',
]);

/**
 * Tags of a word that opens a noun phrase, so a new clause's subject, after ", and" ("..., and
 * future research will ...") rather than a second verb of the speaker's ("..., and want Y").
 */
const NOMINAL_TAGS = lazySet<Tag>(() => ['noun', 'num', 'det', 'poss', 'name']);

/** Words after a comma that start the author's own addition to a reported claim. */
const AUTHOR_TAILS = lazySet(() => [
  'amid',
  'despite',
  'which',
  'according',
  'while',
  'whereas',
  'as',
]);
/** Determiners that open an appositive after a name: "North Korea, its reclusive neighbor". */
const APPOSITIVE_DETERMINERS = lazySet(() => ['its', 'a', 'an', 'the', 'his', 'her', 'their']);

/**
 * Stop before the author's tail: ", amid ...", ", which ...". `cueWord` is the reporting verb as
 * written, to tell the speaker's next act from more of the claim after ", and". `keepRelatives`:
 * with "according to" the author asserts the whole sentence on the source's word, so a closing
 * ", which ..." is part of what the source vouches for, not the author's tail.
 */
export function cutAuthorTail(
  block: BlockModel,
  r: Range,
  cueWord = '',
  keepRelatives = false,
): Range {
  for (let i = r.from + 1; i < r.to - 1; i += 1) {
    // 'called it the "end of an era," as the industry ...': the comma sits inside the quote.
    if (closingQuoteAfterComma(block, i) && AUTHOR_TAILS.has(block.tokens[i + 1]?.lower ?? ''))
      return { from: r.from, to: i + 1 };
    if (block.tokens[i]?.text !== ',' || block.quoted[i] === true) continue;
    const tail = block.tokens[i + 1]?.lower ?? '';
    // "her label, which owns her masters, is ...": a relative clause on the claim's own subject.
    const after = tail === 'which' ? afterRelative(block, i + 1, r.to) : 'none';
    const subjectOnly = (after === 'predicate' && !hasVerb(block, r.from, i)) || after === 'phrase';
    // "..., as earlier studies \"do seem to show it\"": the speaker's quoted words go on after it.
    const quotedOn = tail !== 'according' && quotedAfter(block, i + 1, r.to);
    const kept = keepRelatives && tail === 'which';
    if (AUTHOR_TAILS.has(tail) && !subjectOnly && !quotedOn && !kept)
      return { from: r.from, to: i };
    const next = block.tokens[i + 1];
    // "believe X, and want Y", "said X, but did not give details": a second verb phrase with
    // no subject of its own is what the speaker does, not the claim — after "but", only a
    // refusal ("said X, but will likely Y" still elides the claim's own subject).
    const verb = block.tokens[i + 2];
    // A gerund after "and" continues a gerund subject ("eating X and continuing to eat them").
    const vp =
      SPLIT_JOINERS.has(next?.lower ?? '') &&
      verb !== undefined &&
      verb.isWord &&
      !verb.cap &&
      !verb.lower.endsWith('ing') &&
      !NOMINAL_TAGS.has(block.tags[i + 2] ?? 'punct');
    if (
      vp &&
      block.quoted[i + 2] !== true &&
      !CLAUSE_WORDS.has(verb.lower) &&
      verb.lower !== 'that' &&
      speakersNextAct(block, i + 2, r.to, cueWord) &&
      (next?.lower === 'and' || refusalAt(block, i + 2))
    ) {
      return { from: r.from, to: i };
    }
    // ", but Congress has not ...": a new named subject after "but" is the author's own clause.
    if (
      next?.lower === 'but' &&
      block.tokens[i + 2]?.cap === true &&
      block.quoted[i + 2] !== true
    ) {
      return { from: r.from, to: i };
    }
    if (SPLIT_JOINERS.has(next?.lower ?? '') && pointsBack(block, i + 2, r.to))
      return { from: r.from, to: i };
    // "North Korea, its reclusive neighbor ...": a closing appositive after a name is an aside.
    const named = block.tokens[i - 1]?.cap === true && block.quoted[i - 1] !== true;
    const closing = !hasCommaAfter(block, i + 1, r.to);
    if (named && closing && APPOSITIVE_DETERMINERS.has(next?.lower ?? '') && i > r.from + 5) {
      return { from: r.from, to: i };
    }
  }
  return r;
}

const SPLIT_JOINERS = lazySet(() => ['and', 'but']);

/** Does a quotation open in `[from, to)`? */
function quotedAfter(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (block.quoted[k] === true) return true;
  return false;
}
const REFUSING_VERBS = lazySet(() => ['declined', 'refused', 'declines', 'refuses']);
const WITHHOLDING_VERBS = lazySet(() => ['gave', 'offered', 'provided', 'gives', 'offers']);
const REFUSAL_NEGATIONS = lazySet(() => ['not', 'never', "n't", 'no']);

/**
 * "but declined to elaborate", "but did not give details", "but gave no timeline": the speaker's
 * refusal to say more, which follows a claim and is not part of it.
 */
function refusalAt(block: BlockModel, at: number): boolean {
  const verb = block.tokens[at]?.lower ?? '';
  const after = block.tokens[at + 1]?.lower ?? '';
  if (REFUSING_VERBS.has(verb)) return true;
  if (WITHHOLDING_VERBS.has(verb)) return after === 'no';
  return block.tags[at] === 'aux' && REFUSAL_NEGATIONS.has(after);
}
const COPULAS = lazySet(() => ['is', 'was']);
/** Modals a demonstrative subject may take ("that may", "this will"). */
// prettier-ignore
const MODALS = lazySet(() => [
  'may', 'might', 'could', 'would', 'will', 'can', 'should', 'must',
]);
/** The demonstrative and its copula written as one token. */
/** Verbs of seeming after "it": the author appraising what was just reported. */
const APPRAISING = lazySet(() => ['looks', 'seems', 'appears', 'looked', 'seemed', 'appeared']);
const CONTRACTED = lazySet(() => ["that's", 'that\u2019s', "this's"]);

/**
 * "..., but that's just morphine", "..., and observations back up that suspicion": a clause that
 * opens with a demonstrative subject and its copula, or names the claim with "that"/"this" and a
 * claim noun, comments on the reported claim; it is the author's, not the speaker's.
 */
function pointsBack(block: BlockModel, from: number, to: number): boolean {
  const first = block.tokens[from]?.lower ?? '';
  if (block.quoted[from] === true) return false;
  if (CONTRACTED.has(first)) return true;
  // "..., but it looks like her gamble paid off": the author's own appraisal of the claim.
  if (first === 'it' && APPRAISING.has(block.tokens[from + 1]?.lower ?? '')) return true;
  // "..., but that may be hard to do": a modal right after "that" makes it the subject, not the
  // conjunction of a second claim (which a subject would follow: "but that the plan may fail").
  const second = block.tokens[from + 1]?.lower ?? '';
  if (DEMONSTRATIVES.has(first) && (COPULAS.has(second) || MODALS.has(second))) return true;
  for (let k = from; k < to - 1; k += 1) {
    if (block.quoted[k] === true || block.tokens[k]?.text === ',') return false;
    const noun = block.tokens[k + 1]?.lower ?? '';
    if (DEMONSTRATIVES.has(block.tokens[k]?.lower ?? '') && CLAIM_NOUNS.has(noun)) return true;
  }
  return false;
}

/** Token `i` is a closing quote mark right after a quoted comma ('the "end of an era,"'). */
function closingQuoteAfterComma(block: BlockModel, i: number): boolean {
  return (
    block.quoted[i] !== true &&
    !(block.tokens[i]?.isWord ?? true) &&
    block.quoted[i - 1] === true &&
    block.tokens[i - 1]?.text === ','
  );
}

/**
 * What follows the comma that closes a relative clause: a verb ("..., which owns her masters, is
 * preventing ..."), more of the claim's phrase ("a drop in abnormalities, which are precursors,
 * among young women"; "the adverts, which run in June, as the first wave"), or neither.
 */
function afterRelative(
  block: BlockModel,
  from: number,
  to: number,
): 'predicate' | 'phrase' | 'none' {
  for (let k = from; k < to - 1; k += 1) {
    if (block.tokens[k]?.text !== ',' || block.quoted[k] === true) continue;
    const tag = block.tags[k + 1];
    if (tag === 'aux' || tag === 'verb') return 'predicate';
    return tag === 'prep' || block.tokens[k + 1]?.lower === 'as' ? 'phrase' : 'none';
  }
  return 'none';
}

function hasCommaAfter(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1)
    if (block.tokens[k]?.text === ',' && block.quoted[k] !== true) return true;
  return false;
}
