/**
 * Stage 5: 'Dan Roe, a senior who asked that his name be withheld "given the climate," said
 * ...', 'Ann Lee, a nurse who called the plan "reckless," said ...': a few quoted words inside a
 * speaker's appositive are the author's scare quotes, part of the description; read as quoted
 * speech they hide the appositive, and the verb after them loses its subject.
 */
import type { BlockModel } from '../1-text/model';

/** Most words a quotation inside a running clause can have to be a scare quote or a term. */
const MAX_SCARE_WORDS = 6;

/**
 * The block as the appositive scan should read it between tokens `[from, to)`: each quotation
 * there of a few words, opened right after an unquoted word of running text, taken as plain
 * words. The same block when there is none (the tokens and their indices never change).
 */
export function scareQuotesPlain(block: BlockModel, from: number, to: number): BlockModel {
  let quoted: boolean[] | null = null;
  let k = from;
  while (k < to) {
    if (block.quoted[k] !== true) {
      k += 1;
      continue;
    }
    let end = k;
    let words = 0;
    while (end < to && block.quoted[end] === true) {
      if (block.tokens[end]?.isWord === true) words += 1;
      end += 1;
    }
    // The opening mark sits at k - 1; the word before it is running text, not a sentence start.
    const before = block.tokens[k - 2];
    const embedded = k - 2 >= from && before?.isWord === true && block.quoted[k - 2] !== true;
    if (embedded && words <= MAX_SCARE_WORDS) {
      quoted ??= [...block.quoted];
      for (let i = k; i < end; i += 1) quoted[i] = false;
    }
    k = end;
  }
  return quoted === null ? block : { ...block, quoted };
}
