/**
 * Stage 5: a subordinate clause fronted before a subject inside a longer sentence: "He was relieved
 * and yet, as the excitement fades, many members of the minority fear ...". The comma closes the
 * subordinate clause, so the phrase after it opens the main (or coordinated) clause, as it would
 * at the sentence's start. A subordinate clause holding a reporting verb ("as the authors
 * explain,") is an attribution frame of its own and is left alone.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { VERB_FORMS } from '../lexicon/verbs';

/** Subordinators that open a fronted adverbial clause. */
// prettier-ignore
const SUBORDINATORS = lazySet(() => [
  'as', 'when', 'while', 'although', 'though', 'because', 'since', 'after', 'before', 'if',
  'unless', 'once', 'until',
]);
/** Words after which a new clause begins ("and yet, as ...", "but when ..."). */
const CLAUSE_JOINS = lazySet(() => ['and', 'but', 'yet', 'so', ';']);
/** Longest fronted subordinate clause, in tokens. */
const MAX_SUBORDINATE = 14;

/**
 * Does the comma at `comma` close a fronted subordinate clause that opens right after a
 * coordinator ("and yet, as the excitement fades,")? Its words hold no reporting verb.
 */
export function closesFrontedSubordinate(block: BlockModel, comma: number, floor: number): boolean {
  if (block.tokens[comma]?.text !== ',' || block.quoted[comma] === true) return false;
  for (let k = comma - 1; k > Math.max(floor, comma - MAX_SUBORDINATE); k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return false;
    if (VERB_FORMS.has(t.lower) && block.tags[k] === 'verb') return false;
    if (!SUBORDINATORS.has(t.lower)) continue;
    // "and yet, as ...": the subordinator follows a coordinator (and its comma).
    let j = k - 1;
    if (block.tokens[j]?.text === ',') j -= 1;
    return CLAUSE_JOINS.has(block.tokens[j]?.lower ?? '');
  }
  return false;
}
