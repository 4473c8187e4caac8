/**
 * Stage 7c: antecedents for "it" and "they" that were never speakers. "The study is published in
 * the journal ... It found that ...": the subject of an earlier sentence whose head is a document
 * or an institution is what a later "it" reports through.
 */
import { typeFromHead } from '../lexicon/sources';
import { DETERMINERS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { Token } from '../1-text/tokenize';
import { lazySet } from '../lexicon/lazy';

const REACH = 6;
const THING_TYPES = lazySet(() => ['document', 'organization', 'government', 'media']);

/**
 * The token range `[from, to)` of a sentence-initial noun phrase headed by a document or
 * institution noun ("The study", "A new report by the OECD"), or null.
 */
export function thingSubject(block: BlockModel, from: number, to: number): [number, number] | null {
  const first = block.tokens[from];
  if (first === undefined || !first.isWord || !DETERMINERS.has(first.lower)) return null;
  for (let k = from + 1; k < Math.min(to, from + REACH); k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord || block.quoted[k] === true) return null;
    const type = typeFromHead(t.lower);
    if (type !== null && THING_TYPES.has(type)) {
      const next = block.tokens[k + 1];
      // "The study authors", "the report's findings": the head continues; not this phrase.
      if (next !== undefined && next.isWord && typeFromHead(next.lower) !== null) return null;
      return [from, k + 1];
    }
  }
  return null;
}

/** How many sentences a noted subject stays available to a later "it". */
const FRESH = 3;

/** The last sentence subject that could be "it": noted per sentence, taken at most once. */
export class PendingThing {
  private pending: { tokens: Token[]; text: string; tick: number } | null = null;

  /** Note the subject of the sentence at tokens `[from, to)`, if it is a document or institution. */
  note(block: BlockModel, from: number, to: number, tick: number): void {
    const range = thingSubject(block, from, to);
    if (range === null) return;
    const tokens = block.tokens.slice(range[0], range[1]).filter((t) => t.isWord);
    this.pending = { tokens, text: block.text, tick };
  }

  /** The noted subject if it is newer than the last thing that spoke and still fresh. */
  take(tick: number, lastThingTick: number): { tokens: Token[]; text: string } | null {
    const p = this.pending;
    if (p === null || p.tick < lastThingTick || tick - p.tick > FRESH) return null;
    this.pending = null;
    return p;
  }
}
