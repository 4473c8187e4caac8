/**
 * Stage 6a: "Mr. Graham said Wednesday on “The Lead” on CNN.": after the verb, a prepositional
 * phrase whose only quoted words are a title tells where the words were said (a programme, a
 * paper, a podcast), not what was said. The title's quotation marks must not make it a claim.
 */
import type { Range } from './clause';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Tags that make a stretch a clause: a verb or an auxiliary outside the title. */
const PREDICATE_TAGS = lazySet(() => ['verb', 'aux']);

/** Small words a title keeps in lower case ("The Lead With Jake Tapper", "Face the Nation"). */
// prettier-ignore
const TITLE_SMALL_WORDS = lazySet(() => [
  'a', 'an', 'the', 'of', 'with', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'or',
]);

/** Is `r`, opening with a preposition, a venue phrase with no clause: only titles quoted? */
export function venueOnly(block: BlockModel, r: Range): boolean {
  if (block.tags[r.from] !== 'prep' || block.quoted[r.from] === true) return false;
  let titled = false;
  for (let k = r.from + 1; k < r.to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord) continue;
    if (block.quoted[k] !== true) {
      if (PREDICATE_TAGS.has(block.tags[k] ?? 'punct')) return false;
      continue;
    }
    if (!t.cap && !TITLE_SMALL_WORDS.has(t.lower)) return false;
    titled = true;
  }
  return titled;
}
