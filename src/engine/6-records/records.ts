/**
 * The last stage: a resolved record becomes the public `Attribution` (text copied out, quoted
 * stretches listed, confidence lowered for pronoun speakers). `hedged` is set by the caller, which
 * knows the block's hedges.
 */
import { quotesIn } from '../4-claims/clause';
import type { BlockModel } from '../1-text/model';
import type { Resolved } from './nesting';
import { claimClassOf } from '../lexicon/claims';
import type { Attribution } from '../types';

/** Build the public record for resolved record `r` of `block`, numbered `id`. */
export function toAttribution(block: BlockModel, r: Resolved, id: number): Attribution {
  const { raw } = r;
  const via = r.via ?? null;
  return {
    id,
    kind: raw.kind,
    claim: raw.cue?.claim ?? claimClassOf(r.cue?.lemma),
    content: {
      block: raw.block,
      start: raw.start,
      end: raw.end,
      text: block.text.slice(raw.start, raw.end),
    },
    quotes: quotesIn(block, raw.start, raw.end).map((q) => ({ block: raw.block, ...q })),
    cue: r.cue,
    speaker: r.speaker,
    speakerMention: r.mention,
    via,
    hedged: false,
    confidence: Math.max(0.1, Math.min(1, raw.confidence - (r.pronoun ? 0.1 : 0))),
  };
}
