/**
 * Stage 6f: results of research. Those whose trade is finding things out report a result even
 * with a plain object ("researchers identified a gene", "the team discovered a comet"), where
 * "police found a body" reports an act. A discovery the author dates as history ("first
 * discovered viruses in the late 1800s", "in 2003 a team discovered the first giant virus") is
 * the author's account of the past, not a result the article reports.
 */
import type { Range } from './clause';
import type { Clause } from './content';
import type { BlockModel } from '../1-text/model';
import type { NounPhrase } from '../5-speakers/phrase';
import { isResearchWord } from '../lexicon/claims';
import { lazySet } from '../lexicon/lazy';
import { QUANTITY_NOUNS } from '../lexicon/sources';

/** A possessor's ending ("NASA's"): that word is not the phrase's head. */
const POSSESSOR = /['’]s$/;

/** Is the phrase headed by a noun that passes `test`, up to its first post-modifier? */
export function phraseHeadedBy(
  block: BlockModel,
  np: NounPhrase,
  test: (w: string) => boolean,
): boolean {
  for (let k = np.from; k < np.to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined) continue;
    // "a 2018 analysis of the data", "microscopy studies": any noun of the phrase up to its
    // first post-modifier may be the head; a possessor ("NASA's") is not. After a quantity
    // ("a number of analysts", "a body of studies") the head follows "of".
    if (block.tags[k] === 'prep') {
      if (t.lower === 'of' && QUANTITY_NOUNS.has(block.tokens[k - 1]?.lower ?? '')) continue;
      return false;
    }
    if (!POSSESSOR.test(t.lower) && test(t.lower)) return true;
  }
  return false;
}

/** A year or a decade ("2003", "1800s"): a date that makes a discovery history. */
const YEAR = /^(?:1[5-9]|20)\d\ds?$/;
/** Words between "in" and its year ("in the late 1800s", "in early 2003"). */
const YEAR_LEAD = lazySet(() => ['the', 'late', 'early', 'mid', 'mid-', 'of']);
/** Prepositions that date the act itself ("discovered it in 1932", "had found it by 2003"). */
const DATING = lazySet(() => ['in', 'by', 'during', 'until']);

/**
 * Does the year at `k` inside the object date the discovery ("found the bones in 1932"), rather
 * than belong to what was found ("viruses in penguins dating back to 1947", "cases since 1990")?
 */
function datesTheAct(block: BlockModel, k: number): boolean {
  let j = k - 1;
  while (YEAR_LEAD.has(block.tokens[j]?.lower ?? '')) j -= 1;
  return DATING.has(block.tokens[j]?.lower ?? '');
}
/** Marks that end the sentence before a clause. */
const ENDS = lazySet(() => ['.', '!', '?']);
/** How far back from the subject a date may stand ("It wasn't until 2003 that a team ..."). */
const DATE_REACH = 12;

/**
 * Is the object in `r` of a discovering verb a research result: is the subject researchers, and
 * is the discovery not dated as history ("first discovered", a year in the sentence)?
 */
export function researchResult(
  block: BlockModel,
  speaker: NounPhrase,
  clause: Clause,
  r: Range,
): boolean {
  if (!phraseHeadedBy(block, speaker, isResearchWord)) return false;
  const cue = clause.cue;
  if (block.tokens[cue.from - 1]?.lower === 'first' || block.tokens[r.from + 1]?.lower === 'first')
    return false;
  const floor = Math.max(0, clause.range.from - DATE_REACH);
  for (let k = clause.range.from - 1; k >= floor && !ENDS.has(block.tokens[k]?.text ?? '.'); k -= 1)
    if (YEAR.test(block.tokens[k]?.lower ?? '')) return false;
  for (let k = r.from; k < r.to; k += 1)
    if (YEAR.test(block.tokens[k]?.lower ?? '') && datesTheAct(block, k)) return false;
  return true;
}
