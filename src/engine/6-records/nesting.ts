/**
 * Stage 7c: relate the records of one sentence. A claim whose attribution clause sits inside
 * another claim is relayed through that speaker (`via`: "the ministry said Lecornu insisted ...").
 * When both have the same speaker the sentence restates one claim ("He added that X, he said";
 * "said he thought X"), so only the more precise record is kept; exact duplicates are dropped.
 */
import type { RawAttribution } from '../4-claims/content';
import type { BlockModel } from '../1-text/model';
import type { Attribution, Cue } from '../types';
import { lazySet } from '../lexicon/lazy';
import { typeFromHead } from '../lexicon/sources';

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

/** Words that may join a relaying clause to the clause it relays ("recalled what the mayor said"). */
const RELAY_JOINS = lazySet(() => [',', ':', 'what', 'that', 'how', 'why', 'when']);

/**
 * Does `outer` relay `inner`? Its attribution clause comes first, the inner clause follows it with
 * at most a joining word between, and both claim the same words after the inner clause:
 * "According to Weller, the mayor told him: '...'", "Weller recalled what the mayor told him: ...".
 * Read naively, each would take the quote for its own speaker.
 */
function relays(block: BlockModel, outer: Resolved, inner: Resolved): boolean {
  if (outer.speaker === inner.speaker || outer.via !== undefined) return false;
  const gap = inner.raw.clause.from - outer.raw.clause.to;
  if (outer.raw.clause.to <= outer.raw.clause.from || gap < 0 || gap > 1) return false;
  if (gap === 1 && !RELAY_JOINS.has(block.tokens[outer.raw.clause.to]?.lower ?? '')) return false;
  const clauseEnd = block.tokens[inner.raw.clause.to - 1]?.end ?? Infinity;
  return (
    outer.raw.start >= clauseEnd &&
    outer.raw.start < inner.raw.end &&
    inner.raw.start < outer.raw.end
  );
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
    const relay = records.find((o) => o !== inner && !dropped.has(o) && relays(block, o, inner));
    if (relay !== undefined) {
      // "According to Weller, the mayor told him: '...'": Weller's claim is that the mayor said it.
      inner.via = relay.speaker;
      // The quote now sits inside a longer claim: its closing mark goes with it.
      const closing = block.quotes.find((q) => q.innerEnd === relay.raw.end && !q.unclosed);
      relay.raw = {
        ...relay.raw,
        start,
        end: closing?.end ?? relay.raw.end,
        kind: relay.raw.kind === 'indirect' ? 'indirect' : 'mixed',
      };
      continue;
    }
    const outer = records.find((o) => o !== inner && !dropped.has(o) && contains(o, start, end));
    if (outer === undefined) continue;
    if (inner.speaker === outer.speaker || inner.pronoun) {
      // "said X was hurt by the ban, which he says has failed": a claim of its own about a thing
      // the outer claim names, kept beside it.
      if (afterRelative(block, inner) && start > outer.raw.start + 1) continue;
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

/** Relative words that open a clause about the noun before them ("which he says ..."). */
const RELATIVES = lazySet(() => ['which', 'who', 'whom']);

/** Does the inner record's clause open right after a relative word ("which he said ...")? */
function afterRelative(block: BlockModel, inner: Resolved): boolean {
  const k = inner.raw.clause.from - 1;
  return block.quoted[k] !== true && RELATIVES.has(block.tokens[k]?.lower ?? '');
}

/** First-person possessives: inside a quotation they point back at the quoted speaker. */
const FIRST_PERSON_OWNERS = lazySet(() => ['my', 'our']);

/**
 * Is a claim found inside a quotation credited to "my statement" / "our report"? Then it is the
 * quoted speaker's own, not a second source's ("our ancestors say" still quotes others).
 */
export function ownedByQuoted(block: BlockModel, raw: RawAttribution): boolean {
  if (raw.speaker.kind !== 'phrase') return false;
  const { np } = raw.speaker;
  // "our ancestors say ..." quotes other people; "my statements said ..." the speaker's papers.
  const head = block.tokens[np.to - 1]?.lower ?? '';
  return (
    FIRST_PERSON_OWNERS.has(block.tokens[np.from]?.lower ?? '') && typeFromHead(head) === 'document'
  );
}
