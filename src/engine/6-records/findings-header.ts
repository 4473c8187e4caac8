/**
 * Stage 8: a list introduced by what a source found ("Key findings of the new study include the
 * following:"). The header names no speaker by a verb, yet each item after it is the study's
 * finding: the source is the phrase after "of" that follows a finding noun (FINDING_HEADS).
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { FINDING_HEADS } from '../lexicon/claims';
import { speakerRight, type NounPhrase } from '../5-speakers/speaker';

/** How far into the header the finding noun may stand ("The three key findings"). */
const HEAD_REACH = 4;

/** The source phrase of a findings header ending in a colon, or null. */
export function findingsHeaderSource(block: BlockModel, sentence: Sentence): NounPhrase | null {
  if (block.tokens[sentence.to - 1]?.text !== ':') return null;
  const last = Math.min(sentence.to - 2, sentence.from + HEAD_REACH);
  for (let k = sentence.from; k <= last; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord || block.quoted[k] === true) return null;
    if (!FINDING_HEADS.has(t.lower) || block.tokens[k + 1]?.lower !== 'of') continue;
    return speakerRight(block, k + 2, sentence.to - 1);
  }
  return null;
}
