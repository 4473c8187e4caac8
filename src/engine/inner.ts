/**
 * Stage 6c: attributions inside a quotation ("People think it's all protected and safe, but it's
 * really not," McHugh said). The quoted words are read as their own sentences; a claim found there
 * is relayed through the person quoted. First-person and pronoun speakers are left out: inside a
 * quote they are the quoted speaker or someone the reader cannot resolve.
 */
import type { RawAttribution } from './content';
import { SUBJECT_PRONOUNS } from './lexicon/words';
import type { BlockModel } from './model';
import { sentenceAttributions } from './patterns';
import { splitSentences } from './sentences';

/** Raw attributions whose clause lies inside the quotation `[innerStart, innerEnd)` of a block. */
export function innerAttributions(
  block: BlockModel,
  innerStart: number,
  innerEnd: number,
): RawAttribution[] {
  let from = 0;
  while (from < block.tokens.length && (block.tokens[from]?.start ?? 0) < innerStart) from += 1;
  let to = from;
  while (to < block.tokens.length && (block.tokens[to]?.end ?? Infinity) <= innerEnd) to += 1;
  if (to - from < 4) return [];
  // Read the quote as plain text: everything outside it counts as quoted, so it is never a cue.
  const quoted = block.tokens.map((_, i) => i < from || i >= to);
  const view: BlockModel = { ...block, quoted, quotes: [] };
  const sentences = splitSentences(block.tokens.slice(from, to), []).map((s) => ({
    from: s.from + from,
    to: s.to + from,
  }));
  return sentences
    .flatMap((s) => sentenceAttributions(view, s))
    .filter((r) => {
      if (r.speaker.kind !== 'phrase') return false;
      const { np } = r.speaker;
      const head = block.tokens[np.to - 1]?.lower ?? '';
      return np.from >= from && np.to <= to && !SUBJECT_PRONOUNS.has(head);
    })
    .map((r) => ({ ...r, kind: 'indirect', confidence: r.confidence - 0.2 }));
}
