/**
 * "To be honest," he said. "I haven't done anything wrong." The attribution splits a fronted
 * adverbial off the quote: that first piece says nothing of its own, and the claim is the quote
 * after it. A piece that says something ("If we lose," / "After two more years of this,") is kept:
 * only the adverbials of the lexicon are dropped.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { RawAttribution } from '../4-claims/content';
import { FRONTED_ADVERBIALS } from '../lexicon/discourse';

/** Longest adverbial piece looked at ("at the end of the day"). */
const MAX_WORDS = 6;

/** Is `raw` a quote piece opening `sentence` that is only a fronted adverbial? */
export function isFrontedPiece(
  block: BlockModel,
  sentence: Sentence,
  raw: RawAttribution,
): boolean {
  if (raw.kind !== 'direct') return false;
  const first = block.tokens[sentence.from];
  const quote = block.quotes.find((q) => q.innerStart <= raw.start && q.innerEnd >= raw.end);
  // It opens the sentence, ends in a comma, and another quotation of the block follows it.
  if (quote === undefined || first === undefined || quote.start > first.start) return false;
  if (!/,\s*$/u.test(block.text.slice(raw.start, quote.innerEnd))) return false;
  if (!block.quotes.some((q) => q.start >= quote.end)) return false;
  const words: number[] = [];
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || t.start >= quote.innerEnd) break;
    if (t.isWord && t.start >= raw.start) words.push(i);
    if (words.length > MAX_WORDS) return false;
  }
  if (words.length === 0) return false;
  return FRONTED_ADVERBIALS.has(words.map((i) => block.tokens[i]?.lower ?? '').join(' '));
}
