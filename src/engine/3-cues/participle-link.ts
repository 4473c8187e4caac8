/**
 * What links an -ing cue to the clause before it. A participle of the main clause is set off by a
 * comma or a dash (", citing", "— saying"); pages often type the comma inside a closing quote
 * ('he was "shocked," citing Nos. 13 and 17') and the dash as two hyphens or an en dash ("cut
 * its estimates -- citing slow demand"). Read through those forms, the link is the comma or dash
 * the cue lexicon expects.
 */
import type { BlockModel } from '../1-text/model';
import { CLOSING_QUOTE_MARKS } from '../lexicon/words';
import { isLyAdverb } from '../lexicon/pos';
import { lazySet } from '../lexicon/lazy';

/**
 * The lower-cased link before the token at `i` (not before `from`): "," for a comma closed inside
 * a quotation, "\u2014" for "--" and an en dash, else the token itself.
 */
export function participleLink(block: BlockModel, i: number, from: number): string {
  if (i <= from) return '';
  // ", even suggesting", "despite initially saying": one adverb before the verb, the link before it.
  if (i - 1 > from && block.quoted[i - 1] !== true && adverbBefore(block, i)) {
    const link = linkAt(block, i - 1, from);
    if (ADVERB_LINKS.has(link)) return link;
  }
  return linkAt(block, i, from);
}

/** Links a participle keeps across an adverb (not "after", "by": "by quietly doing"). */
const ADVERB_LINKS = lazySet(() => [',', '\u2014', 'and', 'despite', 'while']);

/**
 * Is the word before the -ing verb at `i` an adverb ("even", "publicly", "initially"), the verb
 * a verb ("despite initially saying he"), not an adjective before its noun ("a technically
 * demanding process") or a preposition ("especially regarding plans")?
 */
function adverbBefore(block: BlockModel, i: number): boolean {
  const word = block.tokens[i - 1];
  if (word === undefined || !word.isWord) return false;
  if (block.tags[i] !== 'verb' || block.tags[i + 1] === 'noun') return false;
  return block.tags[i - 1] === 'adv' || isLyAdverb(word.lower);
}

/** The link right before the token at `i`, read through a quoted comma and typed dashes. */
function linkAt(block: BlockModel, i: number, from: number): string {
  if (i <= from) return '';
  const prev = block.tokens[i - 1]?.lower ?? '';
  const before = i - 2 >= from ? (block.tokens[i - 2]?.lower ?? '') : '';
  if (CLOSING_QUOTE_MARKS.has(prev) && before === ',' && block.quoted[i - 2] === true) return ',';
  const double = prev === '-' && before === '-';
  if ((prev === '\u2013' || double) && !closesAside(block, double ? i - 2 : i - 1, from))
    return '\u2014';
  return prev;
}

/**
 * "non-IFRS figures – which exclude special items – suggesting that ...": a dash with a partner
 * before it in the sentence closes an aside; the -ing verb after it belongs to the noun before
 * the aside, not to the main clause.
 */
function closesAside(block: BlockModel, dash: number, from: number): boolean {
  const form = block.tokens[dash]?.text;
  for (let k = dash - 1; k >= from; k -= 1) {
    const t = block.tokens[k]?.text;
    if (form === '\u2013' ? t === '\u2013' : t === '-' && block.tokens[k - 1]?.text === '-')
      return true;
  }
  return false;
}

/**
 * Where the clause of a participle cue at `cue` starts: at its link, or — when the link is a comma
 * inside a closing quote — at the cue itself, so the quotation before keeps its closing mark.
 */
export function participleStart(block: BlockModel, cue: number): number {
  return CLOSING_QUOTE_MARKS.has(block.tokens[cue - 1]?.lower ?? '') ? cue : cue - 1;
}
