/**
 * Stage 6a: where a claim's range starts when punctuation inside it marks off the author's words:
 * after a colon before a quote, after a single dash, after the last semicolon.
 */
import { hasVerb, wordCount, type Range } from './clause';
import type { BlockModel } from '../1-text/model';

/** '... with a metaphor: "Q"': the claim is what follows the colon. */
export function afterColon(block: BlockModel, r: Range): Range {
  // 'said that “no power can stop us,” while supporters chanted: “Q”': a claim that opens with
  // its own quotation is that quotation; the colon introduces someone else's words.
  const opensQuoted = block.quoted[r.from] === true || block.quoted[r.from + 1] === true;
  for (let i = r.from; i < r.to - 1; i += 1) {
    if (opensQuoted && block.quoted[i] !== true && block.tokens[i]?.isWord === true) return r;
    if (block.tokens[i]?.text === ':' && block.quoted[i] !== true && block.quoted[i + 2] === true) {
      return { from: i + 1, to: r.to };
    }
  }
  return r;
}

/** "Amazon is finding success — it had more than 100": a claim after a single dash. */
export function afterSingleDash(block: BlockModel, r: Range): Range {
  const dashes: number[] = [];
  for (let k = r.from; k < r.to; k += 1) {
    const t = block.tokens[k]?.text;
    if ((t === '\u2014' || t === '\u2013') && block.quoted[k] !== true) dashes.push(k);
  }
  const dash = dashes[0];
  if (
    dashes.length !== 1 ||
    dash === undefined ||
    wordCount(block, { from: dash + 1, to: r.to }) < 4 ||
    // "... in eight cities — Houston, Boston and Austin, she said": a list or a noun phrase
    // after the dash only spells out the claim before it.
    !hasVerb(block, dash + 1, r.to)
  )
    return r;
  return { from: dash + 1, to: r.to };
}

/**
 * "It was the second attack in a month; the earlier one killed three, according to officials": a
 * semicolon ends the author's clause, so a claim before its cue starts after the last one.
 */
export function afterSemicolon(block: BlockModel, r: Range): Range {
  for (let k = r.to - 1; k > r.from; k -= 1)
    if (block.tokens[k]?.text === ';' && block.quoted[k] !== true)
      return wordCount(block, { from: k + 1, to: r.to }) >= 3 ? { from: k + 1, to: r.to } : r;
  return r;
}
