/**
 * Stage 5c: the trailing attribution. "The rain was late, the outfielder said." and '"I was
 * hoping," the outfielder said.': a noun phrase set off after the claim, whose verb then closes the
 * sentence, is the speaker whatever its head word — the position says so, not a list of roles.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { TIME_WORDS } from '../lexicon/words';

/** Marks that close the sentence or the attribution after its verb. */
const CLOSERS = lazySet(() => ['.', '!', '?', ',', ';']);
/** Marks inside a quotation that close a quoted claim before its attribution. */
const QUOTED_CLOSERS = lazySet(() => [',', '?', '!', '.']);
/** Words between the phrase and its verb ("has", "also", "later"). */
const BETWEEN = lazySet<Tag>(() => ['aux', 'adv']);
/** Most words after the verb before the sentence closes ("said on Tuesday", "said last week"). */
const MAX_AFTER = 3;

/** Does the verb after a phrase ending at `end` close the sentence or the attribution? */
export function closesWithVerb(block: BlockModel, end: number): boolean {
  let k = end;
  while (k < end + 2 && BETWEEN.has(block.tags[k] ?? 'punct')) k += 1;
  if (block.tags[k] !== 'verb' || block.quoted[k] === true) return false;
  for (let m = k + 1; m <= k + 1 + MAX_AFTER; m += 1) {
    const t = block.tokens[m];
    if (t === undefined) return true;
    if (CLOSERS.has(t.text)) return true;
    // "said Tuesday", "said last week", "said on Monday": a time adjunct before the close.
    if (!(TIME_WORDS.has(t.lower) || t.lower === 'on' || t.lower === 'last')) return false;
  }
  return false;
}

/** Is token `i` the closing mark of a quotation that ends with a comma or a sentence mark? */
export function closingQuoteAt(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  const inner = block.tokens[i - 1];
  if (t === undefined || t.isWord || block.quoted[i] === true || block.quoted[i - 1] !== true)
    return false;
  return inner !== undefined && QUOTED_CLOSERS.has(inner.text);
}

/** Tags that open a determined phrase ("the outfielder", "his lawyer"). */
const DETERMINING = lazySet<Tag>(() => ['det', 'poss']);

/**
 * Does the phrase at `from` open with a determiner or a name? A bare noun run after a comma is as
 * often the end of a list ("..., social networking details, and more").
 */
export function determinedAt(block: BlockModel, from: number): boolean {
  return DETERMINING.has(block.tags[from] ?? 'punct') || block.tokens[from]?.cap === true;
}

/**
 * '"...," said the outfielder.': the words `[from, to)` after an inverted verb are a determined
 * noun phrase that the sentence or the attribution closes — its speaker whatever the head word.
 */
export function closingPhrase(block: BlockModel, from: number, to: number): boolean {
  if (to - from < 2 || !DETERMINING.has(block.tags[from] ?? 'punct')) return false;
  // Only right after the inverted verb, itself right after the claim's comma or closing quote.
  const before = block.tokens[from - 2];
  const afterClaim =
    closingQuoteAt(block, from - 2) || (before?.text === ',' && !block.quoted[from - 2]);
  if (block.tags[from - 1] !== 'verb' || !afterClaim) return false;
  if (block.tags[to - 1] !== 'noun') return false;
  const end = block.tokens[to];
  return end === undefined || (CLOSERS.has(end.text) && block.quoted[to] !== true);
}
