/**
 * Stage 6b: a short adjunct of manner between a cue and the rest of a split quotation.
 * '"...," Clarkin said with a smile, "but ..."', '"...," she said in a whisper, "and ..."': the
 * adjunct belongs to the attribution, so the quotation resumes after its comma.
 */
import type { BlockModel } from '../1-text/model';

/** Longest adjunct walked over, in tokens ("with a wry little smile"). */
const MAX_ADJUNCT = 6;

/** The comma that closes a prepositional adjunct at `k` before a resumed quotation, else `k`. */
export function mannerAdjunctEnd(block: BlockModel, k: number, ceiling: number): number {
  // '"...," Page said approvingly, "and ..."': a lone manner adverb before the resumed quotation.
  if (block.tags[k] === 'adv' && block.quoted[k] !== true && k + 3 < ceiling)
    return resumesAfter(block, k + 1) ? k + 1 : k;
  if (block.tags[k] !== 'prep' || block.quoted[k] === true) return k;
  for (let m = k + 1; m < Math.min(ceiling - 2, k + MAX_ADJUNCT); m += 1) {
    const t = block.tokens[m];
    if (t === undefined || block.quoted[m] === true) return k;
    if (t.text === ',') return resumesAfter(block, m) ? m : k;
    if (!t.isWord) return k;
  }
  return k;
}

/** Is token `m` an unquoted comma right before a quotation's opening mark? */
function resumesAfter(block: BlockModel, m: number): boolean {
  if (block.tokens[m]?.text !== ',' || block.quoted[m] === true) return false;
  const mark = block.tokens[m + 1];
  return (
    mark !== undefined &&
    !mark.isWord &&
    block.quoted[m + 1] !== true &&
    block.quoted[m + 2] === true
  );
}
