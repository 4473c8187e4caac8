/**
 * Noun phrases and clauses read rightwards by tags: where the noun phrase opening at a token ends
 * (post-modifiers and amounts included), and whether a clause with no "that" opens there.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { IRREGULAR_PASTS, PAST_ONLY } from '../lexicon/pos';
import { ATTACHING, HEADS, MAX_PHRASE, tagAt } from './chunk';

/** Currency signs written before an amount ("$1 billion"). */
const CURRENCY = lazySet(() => ['$', '\u20ac', '\u00a3', '\u00a5']);

/**
 * "a $1 billion initiative", "40% less DNA": a currency sign before a number, or a per cent sign
 * after one, is part of the amount that modifies the noun, not a mark that ends the phrase.
 */
function quantityMark(block: BlockModel, k: number): boolean {
  const text = block.tokens[k]?.text ?? '';
  if (CURRENCY.has(text)) return tagAt(block, k + 1) === 'num';
  return text === '%' && tagAt(block, k - 1) === 'num';
}

/** Tags a noun phrase may contain after its first word, scanning rightwards. */
const PHRASE_BODY = lazySet<Tag>(() => ['noun', 'name', 'adj', 'num', 'det', 'poss']);

/**
 * The end (exclusive) of the noun phrase that opens at `from`, by tags, with its post-modifiers
 * ("the exact circumstances of the deaths and injuries"); `from` when no noun phrase opens there.
 */
export function taggedPhraseEnd(block: BlockModel, from: number, ceiling: number): number {
  let to = from;
  let lastHead = -1;
  while (to < ceiling && to - from < MAX_PHRASE * 2) {
    const tag = tagAt(block, to);
    if (block.quoted[to] === true) break;
    // "a nearly tripled risk", "a very large sample": an adverb grading the adjective after it.
    const grading = tag === 'adv' && to > from && tagAt(block, to + 1) === 'adj';
    if (PHRASE_BODY.has(tag) || quantityMark(block, to) || grading) {
      if (HEADS.has(tag)) lastHead = to;
      to += 1;
      continue;
    }
    const word = block.tokens[to]?.lower ?? '';
    const joins =
      (tag === 'prep' && ATTACHING.has(word)) || (word === 'and' && lastHead === to - 1);
    if (joins && lastHead === to - 1 && PHRASE_BODY.has(tagAt(block, to + 1))) {
      to += 1;
      continue;
    }
    break;
  }
  return lastHead >= from ? lastHead + 1 : from;
}

/**
 * "the exact circumstances of the deaths remained unclear": a clause with no "that" — a noun
 * phrase or pronoun, then a verb or auxiliary — opens at `from`.
 */
export function opensTaggedClause(block: BlockModel, from: number, ceiling: number): boolean {
  const first = tagAt(block, from);
  // "it’s weighing", "they’re": the pronoun carries its auxiliary.
  if (first === 'pron' && /['’]/.test(block.tokens[from]?.text ?? '')) return true;
  let end = first === 'pron' ? from + 1 : taggedPhraseEnd(block, from, ceiling);
  if (end === from) return false;
  while (end < ceiling && tagAt(block, end) === 'adv') end += 1;
  const next = tagAt(block, end);
  if (next === 'aux') return true;
  if (next !== 'verb') return false;
  // "he gave", "the rebels took": an irregular past is finite; after a noun only one that is
  // never a participle ("diet pills bought online" is a noun phrase).
  const verb = block.tokens[end]?.lower ?? '';
  const irregular = first === 'pron' ? IRREGULAR_PASTS.has(verb) : PAST_ONLY.has(verb);
  return /(?:s|ed)$/.test(verb) || irregular;
}

/** Is tokens `[from, to)` exactly a noun phrase ("another deportee", "a former aide to Smith")? */
export function isTaggedPhrase(block: BlockModel, from: number, to: number): boolean {
  return to > from && taggedPhraseEnd(block, from, to) === to;
}
