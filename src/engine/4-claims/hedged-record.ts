/**
 * The record of a claim that no one named holds (stage 6d: agentless hedges, hedged predicates,
 * hearsay nouns, belief passives): the hedge is its cue, an unnamed source its speaker.
 */
import { kindOf, trimContent, wordCount, type Range } from './clause';
import { rawOver, type RawAttribution } from './content';
import type { CueForm } from '../3-cues/cue-hit';
import type { BlockModel } from '../1-text/model';

/** What the hedge is: its tokens, lemma and form, and who it says holds the claim. */
export interface Hedge {
  from: number;
  to: number;
  lemma: string;
  form: CueForm;
  source: string;
}

/**
 * The record over `range` (trimmed), or null when it has fewer than `minWords` words or is all
 * quotation (a quote is its speaker's, which the quote stages find).
 */
export function hedgedRecord(
  block: BlockModel,
  range: Range,
  hedge: Hedge,
  minWords: number,
): RawAttribution | null {
  const content = trimContent(block, range);
  const kind = kindOf(block, content);
  if (wordCount(block, content) < minWords || kind === 'direct') return null;
  return rawOver(block, content, {
    kind,
    cue: {
      from: hedge.from,
      to: hedge.to,
      info: { lemma: hedge.lemma, class: 'hedging', complement: 'any' },
      form: hedge.form,
    },
    speaker: { kind: 'unnamed', name: hedge.source },
    clause: { from: hedge.from, to: hedge.to },
    confidence: 0.5,
  });
}

/**
 * The first unquoted token in `[from, to)` whose text ends a claim held by no one, or `to`: the
 * claims of hearsay nouns and belief passives run to their stage's own closing marks.
 */
export function endAtStop(
  block: BlockModel,
  from: number,
  to: number,
  stops: (text: string) => boolean,
): number {
  for (let i = from; i < to; i += 1)
    if (block.quoted[i] !== true && stops(block.tokens[i]?.text ?? '')) return i;
  return to;
}
