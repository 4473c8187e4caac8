/**
 * Stage 6c: the claim of a naming verb ends with the name it gives. "called the news
 * 'disappointing,' adding that ...", "called Hermann a 'liar' on Tuesday": the object and its
 * quoted label are the claim; a participle clause or a time or place adjunct after the closing
 * quotation mark is the author's narration, and so is a time clause later in the labelled phrase
 * ("... bond between them after the two signed a pact"). A quotation inside a longer phrase ("the
 * 'Belfastisation' of the city", "it 'heartbreaking' to hear ...") leaves the claim whole.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { TIME_WORDS } from '../lexicon/words';
import type { Range } from './clause';
import { opensTaggedClause } from '../5-speakers/phrase-end';

/** Prepositions that open an adjunct of the naming, not more of the name ("on Tuesday"). */
const ADJUNCT_PREPS = lazySet(() => ['on', 'in', 'at', 'during', 'after', 'before', 'while']);

/** `r` cut after the closing mark of the quotation that ends the name, when narration follows. */
export function cutAfterNamingQuote(block: BlockModel, r: Range): Range {
  let k = r.from;
  while (k < r.to) {
    while (k < r.to && block.quoted[k] !== true) k += 1;
    // A claim that opens with the quotation ('called it "a disgrace"' keeps "it") or has none.
    if (k >= r.to) break;
    if (k === r.from) return r;
    while (k < r.to && block.quoted[k] === true) k += 1;
    const end = k + 1;
    if (end >= r.to) return r;
    if (endsName(block, k, end)) return { from: r.from, to: end };
    k = end;
  }
  return cutTimeClause(block, r);
}

/** Subordinators of time that open the author's account of when the naming happened. */
const TIME_LINKS = lazySet(() => ['after', 'before', 'since', 'while', 'when', 'until']);

/**
 * 'what Lee calls the "best-ever" bond between them after the two signed a pact': past the
 * label, a time clause with a subject and verb of its own is narration, not part of the name.
 */
function cutTimeClause(block: BlockModel, r: Range): Range {
  let last = -1;
  for (let k = r.from; k < r.to; k += 1) if (block.quoted[k] === true) last = k;
  if (last < 0) return r;
  for (let k = last + 1; k < r.to - 1; k += 1) {
    if (!TIME_LINKS.has(block.tokens[k]?.lower ?? '')) continue;
    if (opensTaggedClause(block, k + 1, r.to)) return { from: r.from, to: k };
  }
  return r;
}

/** Does the quotation closing at `mark` end the name, narration starting at `next`? */
function endsName(block: BlockModel, mark: number, next: number): boolean {
  const inner = block.tokens[mark - 1]?.text;
  const after = block.tokens[next];
  if (after === undefined || block.quoted[next] === true) return false;
  if (inner === ',' || after.text === ',') return true;
  return ADJUNCT_PREPS.has(after.lower) || TIME_WORDS.has(after.lower);
}
