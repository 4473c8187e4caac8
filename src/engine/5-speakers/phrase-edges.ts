/**
 * Stage 5a: edges of a speaker phrase that the word lists `phrase.ts` scans by do not settle: the
 * period of a name's suffix carries a name on, and an ordinary past verb after a name ends a
 * subject read rightwards from its first word.
 */
import type { BlockModel } from '../1-text/model';
import { abbreviationClass } from '../lexicon/abbreviations';

/** Is token `i` the period of a name's suffix ("Jr.", "Inc.")? The name runs on through it. */
export function isSuffixPeriod(block: BlockModel, i: number): boolean {
  const word = block.tokens[i - 1];
  return (
    block.tokens[i]?.text === '.' &&
    word !== undefined &&
    word.end === block.tokens[i]?.start &&
    abbreviationClass(word.lower) === 'suffix'
  );
}

/**
 * "In May, Acme stopped selling the games, claiming ...": a past form the tagger reads as a verb,
 * after the phrase's first word, is the clause's verb, where the subject read rightwards ends.
 */
export function pastAfterHead(block: BlockModel, i: number, from: number): boolean {
  const t = block.tokens[i];
  if (i <= from || t === undefined || t.cap || block.tags[i] !== 'verb' || !t.lower.endsWith('ed'))
    return false;
  // After a name, taking an object or a gerund: "Acme stopped selling", "Roe wished the team".
  // Not a participle naming someone ("a commenter named Ann Roe") or before its adjunct ("a
  // memo Roe prepared for the board").
  const next = block.tokens[i + 1];
  const object =
    block.tags[i + 1] === 'det' ||
    block.tags[i + 1] === 'poss' ||
    (block.tags[i + 1] === 'verb' && next?.lower.endsWith('ing') === true);
  return block.tags[i - 1] === 'name' && object;
}
