/**
 * Stage 6b: the claim around an attribution clause that sits inside it — the text before the
 * clause, the text after it, or both — and what after-parts belong to the speaker instead.
 */
import { isQuoteMark, kindOf, trimContent, wordCount, type Range } from './clause';
import { contentRecords, type Clause, type RawAttribution } from './content';
import { isCommaLike } from './extent';
import { isAdverbialOpener } from './openers';
import { conditionRecords } from './fronted-condition';
import { APPOSITIVE_STARTS } from '../3-cues/guards';
import { ROLE_WORDS } from '../lexicon/sources';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** After-parts that modify the claim before them ("..., down from 19% a week earlier"). */
// prettier-ignore
const MODIFIER_STARTS = lazySet(() => [
  'down', 'up', 'from', 'compared', 'including', 'excluding', 'double', 'triple', 'half', 'than',
  'roughly', 'about', 'nearly', 'almost', 'more', 'less', 'mostly', 'largely', 'or', 'at', 'to',
]);

/** Subordinators after an interrupting attribution that carry the claim on ("..., he said, since ..."). */
const SUBORDINATE_CONTINUERS = lazySet(() => ['since', 'because', 'although', 'though', 'unless']);

/**
 * Openers of the occasion of saying ("..., the minister said on Tuesday, after years of debate",
 * "..., the company said, amid mounting losses"): they tell when or why the words were said, so
 * the stretch they open is the author's, not a second claim.
 */
// prettier-ignore
const OCCASION_STARTS = lazySet(() => [
  'after', 'amid', 'amidst', 'before', 'following', 'during', 'despite', 'ahead', 'as',
]);

/** Connectives that open the author's conclusion from a claim just reported ("..., so ..."). */
const CONSEQUENCES = lazySet(() => ['so', 'hence', 'thus', 'therefore', 'meaning']);

/**
 * Records of a clause that interrupts its claim ('"A," X said, "B."', 'A, said X, a fellow at
 * Y'): the part before, and the part after unless it is the speaker's appositive or a modifier.
 */
export function interruptedRecords(
  block: BlockModel,
  clause: Clause,
  before: Range,
  after: Range,
  afterTo: number,
): RawAttribution[] {
  const out: RawAttribution[] = [];
  const beforeWords = wordCount(block, before);
  const afterTrim = trimContent(block, after);
  const afterWords = wordCount(block, afterTrim);
  const beforeQuoted = kindOf(block, before) !== 'indirect';
  const afterQuoted = kindOf(block, after) !== 'indirect';
  const afterFirst = block.tokens[afterTrim.from];
  // "If it holds, growth slows, said X, an economist": after an inverted "said X" the claim is
  // the clause before it, and an unquoted stretch after the name describes the speaker.
  const inverted =
    clause.inverted === true && !afterQuoted && !SPLIT_JOINERS.has(afterFirst?.lower ?? '');
  const beforeUsed =
    !(isAdverbialOpener(block, before) && afterWords >= 3 && !inverted) &&
    !bareSubject(block, before, afterTrim) &&
    (beforeWords >= 3 || (beforeQuoted && beforeWords >= 1));
  // "Even if X, he said, Y": a fronted condition is a piece of its own, not a mere opener.
  if (beforeUsed) out.push(...contentRecords(block, clause, before, 'before'));
  else out.push(...conditionRecords(block, clause, before));
  const appositive =
    afterFirst !== undefined &&
    block.quoted[afterTrim.from] !== true &&
    (ROLE_WORDS.has(afterFirst.lower) ||
      APPOSITIVE_STARTS.has(afterFirst.lower) ||
      MODIFIER_STARTS.has(afterFirst.lower));
  // '"A," X says "B."': a second quotation opening right after the verb, even with no comma.
  // A nickname ('says Chunhua "Charlie" Qi') is no quotation of its own.
  const requoted =
    beforeQuoted && isQuoteMark(block, after.from) && quotedWords(block, after.from + 1) >= 3;
  const separated = isCommaLike(block, after.from) || after.from >= afterTo || requoted;
  // '"...," said X, a fellow at Y and author of "Z," about ...': a description of the speaker,
  // even with a quoted title in it; a quote that opens the stretch or follows a comma in it
  // ('said X, a pilot, "and ..."') continues the claim.
  const resumed = appositive ? quoteAfterComma(block, afterTrim) : -1;
  const described = appositive && resumed < 0;
  // "A, according to X, so it's possible B": the author draws a conclusion from the claim.
  const inferred =
    beforeUsed &&
    !afterQuoted &&
    (CONSEQUENCES.has(afterFirst?.lower ?? '') || OCCASION_STARTS.has(afterFirst?.lower ?? ''));
  // '"...", Lake said, since the effects ...': a reason or condition clause goes on with the claim.
  const subordinate =
    !afterQuoted &&
    (SUBORDINATE_CONTINUERS.has(afterFirst?.lower ?? '') || timeClauseAt(block, afterTrim.from));
  // "Damaged ties, said X, can include ...", "demand for them, X says, is steady": the stretch
  // after the clause is the predicate of the subject before it, however short.
  const predicate =
    beforeUsed &&
    !afterQuoted &&
    !appositive &&
    finiteAt(block, afterTrim.from) &&
    !roleSoon(block, afterTrim.from);
  const splitOk =
    !inferred &&
    (!beforeUsed ||
      (afterQuoted && !described) ||
      (!beforeQuoted && !appositive && !inverted) ||
      subordinate ||
      predicate);
  const minimum = beforeUsed && !afterQuoted && !predicate ? 6 : 2;
  if (splitOk && afterWords >= minimum && (separated || !beforeUsed)) {
    const rest = resumed >= 0 ? { from: resumed, to: after.to } : after;
    out.push(...contentRecords(block, clause, rest, beforeUsed ? 'before' : 'after'));
  }
  return out;
}

/**
 * Where a quotation in `r` opens right after a comma (not inside a phrase, as a title does): the
 * index of its opening mark, or -1.
 */
function quoteAfterComma(block: BlockModel, r: Range): number {
  for (let k = r.from + 1; k < r.to; k += 1) {
    if (block.quoted[k] !== true || block.quoted[k - 1] === true) continue;
    let j = k - 1;
    while (j > r.from && isQuoteMark(block, j)) j -= 1;
    if (block.tokens[j]?.text === ',') return j + 1;
  }
  return -1;
}

/** How many words run quoted from `i` (a bounded look: only the first few matter). */
function quotedWords(block: BlockModel, i: number): number {
  let words = 0;
  for (let k = i; k < i + 8 && block.quoted[k] === true; k += 1)
    if (block.tokens[k]?.isWord === true) words += 1;
  return words;
}

/** Time subordinators that carry a claim on after an interrupting clause ("..., when ..."). */
const TIME_CONTINUERS = lazySet(() => ['when', 'while']);

/**
 * "..., said X, when the planet was warm": a time clause with its own subject goes on with the
 * claim ("said X, when asked" describes the speaker instead).
 */
function timeClauseAt(block: BlockModel, i: number): boolean {
  if (!TIME_CONTINUERS.has(block.tokens[i]?.lower ?? '') || block.quoted[i] === true) return false;
  const next = block.tags[i + 1];
  return next !== 'verb' && next !== 'aux' && next !== 'punct';
}

/** Does a finite verb or an auxiliary open at `i` ("can include", "is", "remains"), not "-ing"? */
function finiteAt(block: BlockModel, i: number): boolean {
  const tag = block.tags[i];
  if (block.quoted[i] === true) return false;
  if (tag === 'aux') return true;
  const word = block.tokens[i]?.lower ?? '';
  return tag === 'verb' && !word.endsWith('ing') && !word.endsWith('ed');
}

/** "said X, lead author of the study": a role word right after the opener makes it a title. */
function roleSoon(block: BlockModel, from: number): boolean {
  for (let k = from + 1; k <= from + 2; k += 1)
    if (ROLE_WORDS.has(block.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** Joiners after which a stretch following the speaker continues the claim ("..., and ..."). */
const SPLIT_JOINERS = lazySet(() => ['and', 'but']);

/** Tags that open a predicate ("made", "has", "will"). */
const PREDICATE_OPENERS = lazySet(() => ['verb', 'aux']);

/**
 * "President Jones, according to aides, made a trip": the stretch before the interrupting clause
 * is a bare noun phrase and the stretch after opens with its verb, so the claim is the predicate
 * and the subject alone is no claim.
 */
function bareSubject(block: BlockModel, before: Range, after: Range): boolean {
  if (!PREDICATE_OPENERS.has(block.tags[after.from] ?? 'punct')) return false;
  if (block.quoted[after.from] === true) return false;
  const modifier = NOMINAL_STARTS.has(block.tags[before.from] ?? 'punct')
    ? subjectModifierAt(block, before)
    : -1;
  if (modifier >= 0 && !finiteAt(block, after.from)) return false;
  for (let k = before.from; k < (modifier < 0 ? before.to : modifier); k += 1)
    if (block.quoted[k] === true || PREDICATE_OPENERS.has(block.tags[k] ?? 'punct')) return false;
  for (let k = Math.max(modifier, before.from); k < before.to; k += 1)
    if (block.quoted[k] === true) return false;
  return true;
}

/** Tags that open a subject noun phrase ("the", "its", "lowest", "prices", "Acme"). */
const NOMINAL_STARTS = lazySet(() => ['det', 'poss', 'adj', 'noun', 'name', 'num']);

/**
 * Where a noun phrase's own modifier opens in `before`, or -1: a relative clause ("the lowest
 * price that any agency has negotiated") or a participle right after its noun ("relationships
 * damaged by drug use"). Its verbs belong to the subject, which stays a bare noun phrase.
 */
function subjectModifierAt(block: BlockModel, before: Range): number {
  for (let k = before.from + 1; k < before.to; k += 1) {
    const tag = block.tags[k];
    if (tag === 'verb' || tag === 'aux') {
      const word = block.tokens[k]?.lower ?? '';
      const prev = block.tags[k - 1];
      // "damaged by drug use": only an agent phrase tells a participle from a past tense.
      const participle = tag === 'verb' && /(?:ed|en)$/.test(word);
      const agent = block.tokens[k + 1]?.lower === 'by';
      return participle && agent && (prev === 'noun' || prev === 'name') ? k : -1;
    }
    // "the reason that resources are needed": a "that" after a noun opens its clause, however
    // the tagger read it.
    const relative = tag === 'rel' || block.tokens[k]?.lower === 'that';
    if (!relative) continue;
    const prev = block.tags[k - 1];
    return prev === 'noun' || prev === 'name' ? k : -1;
  }
  return -1;
}
