/**
 * Stage 4: "saying" after a main verb's object ("held a sign saying ...", "released an ad saying
 * that ..."). The object is what carries the words, and the words are its author's: the main
 * clause's subject speaks through it.
 */
import type { BlockModel } from '../1-text/model';

/** Most tokens between the main verb and "saying" (its object phrase). */
const MAX_OBJECT = 5;

/**
 * "saying" right after a main verb's object, a common noun ("held a sign saying", "supported the
 * proposals saying"): the main subject speaks through it. With `anyVerb` the -ing verb may be any
 * (a request: "released a petition calling for"), the caller having checked the noun.
 */
export function writtenObject(
  block: BlockModel,
  i: number,
  from: number,
  anyVerb = false,
): boolean {
  if (!anyVerb && block.tokens[i]?.lower !== 'saying') return false;
  if (block.tags[i - 1] !== 'noun') return false;
  for (let k = i - 2; k >= Math.max(from, i - 1 - MAX_OBJECT); k -= 1) {
    if (block.quoted[k] === true || block.tokens[k]?.text === ',') return false;
    if (block.tags[k] === 'verb') return true;
  }
  return false;
}
