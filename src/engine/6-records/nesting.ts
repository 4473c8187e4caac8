/**
 * Stage 7c: relate the records of one sentence. A claim whose attribution clause sits inside
 * another claim is relayed through that speaker (`via`: "the ministry said Lecornu insisted ...").
 * When both have the same speaker the sentence restates one claim ("He added that X, he said";
 * "said he thought X"), so only the more precise record is kept; exact duplicates are dropped.
 */
import type { RawAttribution } from '../4-claims/content';
import type { BlockModel } from '../1-text/model';
import type { Attribution, Cue } from '../types';

/** A raw record with its speaker resolved. */
export interface Resolved {
  raw: RawAttribution;
  speaker: number;
  cue: Cue | null;
  mention: Attribution['speakerMention'];
  pronoun: boolean;
  via?: number;
}

function clauseSpan(block: BlockModel, r: Resolved): { start: number; end: number } {
  return {
    start: block.tokens[r.raw.clause.from]?.start ?? -1,
    end: block.tokens[r.raw.clause.to - 1]?.end ?? -1,
  };
}

function contains(outer: Resolved, start: number, end: number): boolean {
  return outer.raw.start <= start && outer.raw.end >= end && start >= 0;
}

/** Keep, drop and relay the resolved records of one sentence. */
export function nestRecords(block: BlockModel, records: readonly Resolved[]): Resolved[] {
  // Most sentences have no record or one: nothing to drop or relay, so skip the two Sets.
  if (records.length <= 1) return [...records];
  const dropped = new Set<Resolved>();
  const seen = new Set<string>();
  for (const r of records) {
    const key = `${r.speaker}:${r.raw.start}:${r.raw.end}`;
    if (seen.has(key)) dropped.add(r);
    seen.add(key);
  }
  for (const inner of records) {
    if (dropped.has(inner) || inner.raw.clause.to <= inner.raw.clause.from) continue;
    const { start, end } = clauseSpan(block, inner);
    const outer = records.find((o) => o !== inner && !dropped.has(o) && contains(o, start, end));
    if (outer === undefined) continue;
    if (inner.speaker === outer.speaker || inner.pronoun) {
      // The outer claim merely restates the inner one ("He added that X, he said").
      const restated = start <= outer.raw.start + 1;
      dropped.add(restated ? outer : inner);
      continue;
    }
    inner.via = outer.speaker;
    inner.raw = { ...inner.raw, confidence: inner.raw.confidence - 0.1 };
  }
  return records.filter((r) => !dropped.has(r));
}
