/**
 * Stage 6b: a fronted condition or concession split off from its claim by the attribution ("If
 * producers are squeezed too much, he noted, they may cut corners"; "Even if a game isn't tuned
 * for it, Microsoft says you may see gains"). The corpus records the fronted clause as a claim of
 * its own, one record per piece, while a fronted adverbial phrase ("In a few more years, he said,
 * ...") or a time clause ("When the price was described, she said ...") only sets the scene.
 */
import { kindOf, wordCount, type Range } from './clause';
import { contentRecords, type Clause, type RawAttribution } from './content';
import { isAdverbialOpener } from './openers';
import { isCommaLike } from './extent';
import { CONDITION_OPENERS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Discourse words before the subordinator that belong to neither piece ("But while ..."). */
const LEADING_JOINERS = lazySet(() => ['but', 'and', 'yet', 'so']);

/** The token after a subordinator's lead-in: "even if", "only if", "as long as" / "so long as". */
function subordinatorEnd(block: BlockModel, k: number): number {
  const w = (i: number) => block.tokens[i]?.lower ?? '';
  if (CONDITION_OPENERS.has(w(k))) return k + 1;
  if ((w(k) === 'even' || w(k) === 'only') && CONDITION_OPENERS.has(w(k + 1))) return k + 2;
  if ((w(k) === 'as' || w(k) === 'so') && w(k + 1) === 'long' && w(k + 2) === 'as') return k + 3;
  return -1;
}

/**
 * The fronted condition that is the whole lead before an attribution clause: opened by a
 * subordinator of condition or concession, unquoted, with a finite verb of its own, and closed by
 * the comma before the speaker. Null when the lead is anything else.
 */
export function frontedCondition(block: BlockModel, lead: Range): Range | null {
  let from = lead.from;
  while (from < lead.to && LEADING_JOINERS.has(block.tokens[from]?.lower ?? '')) from += 1;
  const body = subordinatorEnd(block, from);
  const comma = lead.to - 1;
  if (body < 0 || block.tokens[comma]?.text !== ',') return null;
  const range = { from, to: comma };
  if (kindOf(block, range) !== 'indirect' || wordCount(block, range) < 4) return null;
  let finite = false;
  for (let k = body; k < comma && !finite; k += 1)
    finite = block.tags[k] === 'verb' || block.tags[k] === 'aux';
  // "If that holds, growth slows, he said": a main clause follows, so the lead is one claim.
  return finite && isAdverbialOpener(block, lead) ? range : null;
}

/** The record of a fronted condition before a named speaker's clause, if the lead is one. */
export function conditionRecords(block: BlockModel, clause: Clause, lead: Range): RawAttribution[] {
  // "If X, he said, Y" only: with a complement right after the verb ("If X, analysts say Y") the
  // condition reads as the author's framing as often as the speaker's.
  const parenthetical = isCommaLike(block, clause.range.to);
  if (clause.speaker.kind !== 'phrase' || !parenthetical) return [];
  const condition = frontedCondition(block, lead);
  return condition === null ? [] : contentRecords(block, clause, condition, 'before');
}
