/**
 * Stage 6d: the clause an agentless hedge stands in. "The storm strengthened overnight, and it
 * was expected to reach the coast by Friday": the unnamed forecasters hold the second clause, not
 * the author's first one. The clause runs from the last clause break before the hedge to the first
 * after it: a semicolon, a bracket, a spaced dash, or a comma before a coordinator.
 */
import type { Range } from './clause';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';

/** Marks that always break clauses (not brackets: "the Border Force (BSF) officers"). */
const BREAKS = lazySet(() => [';', '\u2014', '\u2013']);

/** Coordinators that, after a comma, open a clause of their own (", but the firm declined"). */
const COORDINATORS = lazySet(() => ['and', 'but', 'while', 'whereas', 'yet', 'so']);

/** Relatives that, after a comma, open the author's aside on a noun (", which lost out on ..."). */
const RELATIVES = lazySet(() => ['which', 'who', 'whose']);

/** Does a clause break stand at `i` (its coordinator included in the break)? */
function breakAt(block: BlockModel, i: number): boolean {
  if (block.quoted[i] === true) return false;
  const text = block.tokens[i]?.text ?? '';
  if (BREAKS.has(text)) return true;
  // "X has been found - another reason ...": a hyphen spaced on both sides is a dash.
  if (text === '-') {
    const t = block.tokens[i];
    return (
      t !== undefined &&
      block.tokens[i - 1]?.end !== t.start &&
      block.tokens[i + 1]?.start !== t.end
    );
  }
  return text === ',' && COORDINATORS.has(block.tokens[i + 1]?.lower ?? '');
}

/** Does the author's aside on a noun open at `i` (", which ...")? */
function asideAt(block: BlockModel, i: number): boolean {
  const comma = block.tokens[i]?.text === ',' && block.quoted[i] !== true;
  return comma && RELATIVES.has(block.tokens[i + 1]?.lower ?? '');
}

/** Finite auxiliaries and modals that show a new predicate has begun after "and". */
// prettier-ignore
const FINITE_AUX = lazySet(() => [
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'has',
  'have', 'had',
]);
/** How far after "and" the auxiliary of a second predicate may stand ("and only in 2011 did"). */
const AUX_REACH = 5;

const isAdverbLike = (block: BlockModel, k: number): boolean =>
  block.tags[k] === 'adv' || (block.tokens[k]?.lower.endsWith('ly') ?? false);

/**
 * Does a second predicate of the author's open at `i` after the hedge's claim? "were considered
 * candidates and likely will draw interest", "are estimated at 10% and only in 2011 did they
 * ...": "and", an adverb, then a finite auxiliary before any comma.
 */
function secondPredicateAt(block: BlockModel, i: number): boolean {
  if (block.tokens[i]?.lower !== 'and' || block.quoted[i] === true) return false;
  if (!isAdverbLike(block, i + 1)) return false;
  for (let k = i + 2; k <= i + AUX_REACH; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord || block.quoted[k] === true) return false;
    if (FINITE_AUX.has(t.lower)) return true;
  }
  return false;
}

/**
 * Does the author's reduced clause open at `i`: a comma, an adverb, then a past participle
 * (", merely catalogued with a code")? An -ing clause (", bringing rain") may be the forecast's.
 */
function participleAsideAt(block: BlockModel, i: number): boolean {
  if (block.tokens[i]?.text !== ',' || block.quoted[i] === true) return false;
  const verb = block.tokens[i + 2];
  return (
    isAdverbLike(block, i + 1) &&
    block.tags[i + 2] === 'verb' &&
    verb !== undefined &&
    !verb.cap &&
    verb.lower.endsWith('ed')
  );
}

/**
 * The clause of sentence `s` around the hedge over `[from, to)`. After "and" the hedge opens a
 * second predicate of the subject ("X is a primate and is thought to be ..."): the claim is that
 * predicate alone.
 */
export function hedgedClause(block: BlockModel, s: Sentence, from: number, to: number): Range {
  let end = to;
  while (end < s.to && !breakAt(block, end) && !asideAt(block, end)) {
    if (secondPredicateAt(block, end) || participleAsideAt(block, end)) break;
    end += 1;
  }
  const link = block.tokens[from - 1]?.lower ?? '';
  if (from > s.from && block.quoted[from - 1] !== true && (link === 'and' || link === 'but'))
    return { from, to: end };
  let start = from;
  // Back to a break mark, or to the coordinator after a comma (", and the storm ...").
  while (start > s.from && !breakAt(block, start - 1)) {
    const coordinated = block.tokens[start - 2]?.text === ',' && breakAt(block, start - 2);
    if (coordinated && start - 2 >= s.from) break;
    start -= 1;
  }
  return { from: start, to: end };
}
