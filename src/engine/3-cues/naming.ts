/**
 * Stage 4: a naming verb ("dubbed", "branded", "compared ... to") reports a claim only when its
 * object carries a quoted label: 'dubbed it "a fiasco"', 'compared agents to "pimps"'. Without a
 * quotation ("dubbed the Big Apple", "compared to last year") the verb names or likens in the
 * author's narration, and a quotation right after the verb with no object ('a device dubbed "the
 * Beast"') is a name the author reports, not a judgement of the subject's.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';

/** Longest object before its label, in tokens ("the resistance in the old town to"). */
const MAX_OBJECT = 9;
/** Tags that open an object: a noun phrase or a pronoun, not a preposition ("compared to"). */
const OBJECT_TAGS = lazySet<Tag>(() => ['det', 'poss', 'pron', 'name', 'noun', 'num', 'adj']);
/** Marks that end the object before any label: the quotation belongs to another clause. */
// prettier-ignore
const OBJECT_ENDS = lazySet(() => [',', ';', ':', '.', '!', '?', '(', ')', '\u2014', '\u2013']);

/** Does an object, then a quoted label, follow the naming verb at `i` within the sentence? */
export function labelFollows(block: BlockModel, i: number, sentenceTo: number): boolean {
  const first = i + 1;
  if (block.quoted[first] === true || !OBJECT_TAGS.has(block.tags[first] ?? 'punct')) return false;
  const end = Math.min(sentenceTo, first + 1 + MAX_OBJECT);
  for (let k = first + 1; k < end; k += 1) {
    if (block.quoted[k] === true) return true;
    if (OBJECT_ENDS.has(block.tokens[k]?.text ?? '')) return false;
  }
  return false;
}
