/**
 * Stage 6's clause end after an aside: "Hoenig reiterated, as he did in an interview, that the
 * economy ...", "She said, in a letter to the board, that ...", "He argued, however, that ...".
 * An aside set off by commas between the verb and its "that" is no part of the claim: the claim
 * is the "that" clause after it.
 */
import type { BlockModel } from '../1-text/model';

/** Most tokens between the commas of such an aside. */
const MAX_ASIDE = 20;

/**
 * The index of the "that" after an aside opening with the comma at `k` and closed by a comma, or
 * -1. The aside holds no quotation and no other mark that would end a clause.
 */
export function thatAfterAside(block: BlockModel, k: number, ceiling: number): number {
  if (block.tokens[k]?.text !== ',' || block.quoted[k] === true) return -1;
  for (let m = k + 2; m < Math.min(ceiling - 1, k + 2 + MAX_ASIDE); m += 1) {
    const t = block.tokens[m];
    if (t === undefined || block.quoted[m] === true) return -1;
    if (t.text === ';' || t.text === ':' || t.text === '.') return -1;
    if (t.text !== ',') continue;
    const next = block.tokens[m + 1];
    return next?.lower === 'that' && block.quoted[m + 1] !== true ? m + 1 : -1;
  }
  return -1;
}
