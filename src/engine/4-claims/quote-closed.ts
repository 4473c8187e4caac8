/**
 * Stage 6: a quotation closing right before an inverted verb of saying, with no comma between
 * ('it is "not a trick of time but of light" explained Ann Roe'). Careless punctuation, common in
 * quick copy: the verb still attributes the words before it, as '..., explained Ann Roe' would.
 */
import type { BlockModel } from '../1-text/model';
import { isQuoteMark } from './clause';

/** Fewest words a closing quotation needs to be a statement, not a title or a scare-quoted term. */
const MIN_QUOTED_WORDS = 4;

/** Does a quotation of at least a few words close with the mark at `i`? */
export function closesQuotation(block: BlockModel, i: number): boolean {
  if (!isQuoteMark(block, i) || block.quoted[i] === true || block.quoted[i - 1] !== true)
    return false;
  const end = block.tokens[i]?.start ?? 0;
  const quote = block.quotes.find((q) => q.innerEnd <= end && q.end >= end);
  if (quote === undefined) return false;
  let words = 0;
  for (let k = i - 1; k >= 0 && block.quoted[k] === true && words < MIN_QUOTED_WORDS; k -= 1)
    if (block.tokens[k]?.isWord === true) words += 1;
  return words >= MIN_QUOTED_WORDS;
}
