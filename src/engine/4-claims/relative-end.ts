/**
 * Stage 6: where the claim of a reporting verb inside a relative clause ends. "The source, who
 * said he had spoken to people inside, told Reuters ...": a relative on the sentence's subject
 * closes at its comma, where the main verb resumes. "It cites a series of studies, which found
 * that as well as the stunted children, half of all deaths ...": a relative on a later phrase runs
 * on to the sentence's end, its commas inner ones, unless a verb or a conjunction right after a
 * comma shows a new clause there.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';

/** Conjunctions after a comma that open a new clause of the author's ("..., so the FDA ..."). */
const CLAUSE_JOINERS = lazySet(() => [
  'so',
  'but',
  'yet',
  'while',
  'although',
  'though',
  'whereas',
]);

/**
 * Is the comma at `k` followed by a new clause: a conjunction that opens one, or (past adverbs) a
 * finite verb or auxiliary, the main clause resuming?
 */
function clauseResumes(block: BlockModel, k: number, ceiling: number): boolean {
  if (CLAUSE_JOINERS.has(block.tokens[k + 1]?.lower ?? '')) return true;
  let m = k + 1;
  while (m < ceiling && block.tags[m] === 'adv') m += 1;
  const tag = block.tags[m];
  const word = block.tokens[m]?.lower ?? '';
  return (tag === 'verb' || tag === 'aux') && !word.endsWith('ing');
}

/**
 * The token index where the claim of the relative clause whose verb ends at `from` stops. With
 * `opensSentence` (the antecedent is the sentence's subject) that is its first comma; otherwise
 * the first comma a new clause follows, else the sentence's end.
 */
export function relativeClaimEnd(
  block: BlockModel,
  sentence: Sentence,
  from: number,
  opensSentence: boolean,
): number {
  for (let k = from; k < sentence.to; k += 1) {
    if (block.tokens[k]?.text !== ',' || block.quoted[k] === true) continue;
    if (opensSentence || clauseResumes(block, k, sentence.to)) return k;
  }
  return sentence.to;
}
