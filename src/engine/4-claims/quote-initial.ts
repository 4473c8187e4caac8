/**
 * Stage 6: the clause of a reporting verb that opens a quotation right after its speaker's name
 * ('Lecornu "insisted the drones were shot down"'): the subject is the name before the mark, and
 * the claim runs to the end of that quotation.
 */
import type { Clause } from './content';
import type { CueHit } from '../3-cues/cues';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { subjectLeft } from '../5-speakers/speaker';

/** The clause of a quote-initial cue, or null when no subject stands before the mark. */
export function quoteInitialClause(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
): Clause | null {
  const np = subjectLeft(block, cue.from - 1, sentence.from);
  if (np === null) return null;
  const quote = block.quotes.find(
    (q) =>
      q.innerStart <= (block.tokens[cue.from]?.start ?? 0) &&
      q.innerEnd >= (block.tokens[cue.from]?.end ?? 0),
  );
  let to = cue.to;
  while (
    to < sentence.to &&
    quote !== undefined &&
    (block.tokens[to]?.end ?? Infinity) <= quote.innerEnd
  )
    to += 1;
  return {
    cue,
    speaker: { kind: 'phrase', block: block.index, np },
    range: { from: np.from, to: cue.to },
    side: 'after',
    coordinate: false,
    ...{ contentEnd: to },
  };
}
