/**
 * Stage 5a's nicknames: 'Chunhua "Charlie" Qi', 'Paul “Bear” Bryant'. A nickname in quotation
 * marks between a given name and a surname is part of the name, not a quotation, so the speaker
 * scan walks over it instead of stopping at its first quotation mark.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Quotation marks that can set off a nickname. */
const MARKS = lazySet(() => ['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
/** Most words in a nickname. */
const MAX_WORDS = 2;

const nameWord = (block: BlockModel, i: number): boolean => {
  const t = block.tokens[i];
  return t !== undefined && t.isWord && t.cap && block.quoted[i] !== true;
};

/**
 * The index after a nickname whose opening mark is token `open`, between two capitalised name
 * words outside quotes, or -1.
 */
export function nicknameEnd(block: BlockModel, open: number): number {
  if (!MARKS.has(block.tokens[open]?.text ?? '') || !nameWord(block, open - 1)) return -1;
  let k = open + 1;
  while (k - open - 1 < MAX_WORDS && block.tokens[k]?.isWord === true && block.tokens[k]?.cap)
    k += 1;
  if (k === open + 1 || !MARKS.has(block.tokens[k]?.text ?? '')) return -1;
  return nameWord(block, k + 1) ? k + 1 : -1;
}

/**
 * The index of the opening mark of a nickname whose closing mark is token `close`, between two
 * capitalised name words outside quotes, or -1.
 */
export function nicknameStart(block: BlockModel, close: number): number {
  if (!MARKS.has(block.tokens[close]?.text ?? '') || !nameWord(block, close + 1)) return -1;
  let k = close - 1;
  while (close - 1 - k < MAX_WORDS && block.tokens[k]?.isWord === true && block.tokens[k]?.cap)
    k -= 1;
  if (k === close - 1 || !MARKS.has(block.tokens[k]?.text ?? '')) return -1;
  return nameWord(block, k - 1) ? k : -1;
}
