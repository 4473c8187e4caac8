/**
 * Stage 6c: is a claim found inside a quotation a statement? Inside quoted words a reporting verb
 * is as often the quoted speaker's own act ("the agency is asking companies to do this", "our
 * presidents reaffirmed their readiness", "tell your mom I said hi") as a relayed claim; only a
 * claim shaped as a clause ("studies show that ...", "the FDA said the study was flawed") is read
 * as relayed.
 */
import type { RawAttribution } from '../4-claims/content';
import { isBareClause } from '../3-cues/complement';
import { FINITE_MARKERS, QUESTION_WORDS } from '../lexicon/complements';
import { SUBJECT_PRONOUNS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Words right before a claim that make it a clause: a complementizer or a colon. */
const CLAUSE_MARKERS = lazySet(() => ['that', ':']);

/** First token index whose start is at or after `offset`, from `from` on (tokens in order). */
function tokenAt(block: BlockModel, offset: number, from: number): number {
  let k = from;
  while (k < block.tokens.length && (block.tokens[k]?.start ?? Infinity) < offset) k += 1;
  return k;
}

/**
 * Does the claim of `r` (a record read inside a quotation from token `from`) open a clause?
 * `block` is the inside-out view, where the quoted words read as plain text.
 */
export function innerClauseShaped(block: BlockModel, r: RawAttribution, from: number): boolean {
  const k = tokenAt(block, r.start, from);
  const first = block.tokens[k];
  if (first === undefined) return false;
  if (CLAUSE_MARKERS.has(block.tokens[k - 1]?.lower ?? '')) return true;
  if (!first.isWord || SUBJECT_PRONOUNS.has(first.lower) || QUESTION_WORDS.has(first.lower))
    return true;
  // "it’s", "he's": a subject pronoun with its verb in one token.
  if (block.tags[k] === 'pron' && /['\u2019]/u.test(first.text)) return true;
  if (block.tags[k] === 'aux' || block.tags[k] === 'sub') return true;
  let end = k;
  while (end < block.tokens.length && (block.tokens[end]?.end ?? Infinity) <= r.end) end += 1;
  return isBareClause(block, { from: k, to: end }) || finiteSoon(block, k, end);
}

/** Tags a subject noun phrase opens with ("the (GSK) study was", "Their data is"). */
const SUBJECT_OPENERS = lazySet(() => ['det', 'poss', 'name', 'num']);
const SUBJECT_REACH = 10;

/** A subject opener at `k` and an auxiliary ("is", "was", "will") within a short reach. */
function finiteSoon(block: BlockModel, k: number, end: number): boolean {
  if (!SUBJECT_OPENERS.has(block.tags[k] ?? 'punct')) return false;
  for (let i = k + 1; i < Math.min(end, k + SUBJECT_REACH); i += 1)
    if (FINITE_MARKERS.has(block.tokens[i]?.lower ?? '')) return true;
  return false;
}
