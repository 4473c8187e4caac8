/**
 * Stage 8: a quote paragraph or a list introduced by "According to X, <what X is>:". The header
 * holds no claim of its own — the words after the source only describe it — so no record is made
 * for it, yet what follows the colon is X's, as after "X said:".
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { NounPhrase } from '../5-speakers/phrase';
import { accordingSource } from '../4-claims/according';

/** The source phrase of a header "According to X ...:" ending in a colon, or null. */
export function accordingHeaderSource(block: BlockModel, sentence: Sentence): NounPhrase | null {
  if (block.tokens[sentence.to - 1]?.text !== ':') return null;
  const first = block.tokens[sentence.from];
  if (first?.lower !== 'according' || block.tokens[sentence.from + 1]?.lower !== 'to') return null;
  if (block.quoted[sentence.from] === true) return null;
  return accordingSource(block, sentence.from + 2, sentence.to - 1);
}
