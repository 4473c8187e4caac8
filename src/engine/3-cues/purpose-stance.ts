/**
 * Stage 4b: a hope or fear stated as the purpose of the main clause — "He set up a wallet, with
 * the hope that users might chip in", "Obama will seek Xi's help in the hope he will agree",
 * "China is wary of concessions, for fear that he will demand more". The main subject holds the
 * belief, as with ", saying ..."; the phrase is a cue only when a clause follows it ("in the hope
 * of a deal" and "for fear of losing" state no claim).
 */
import type { CueHit } from './cue-hit';
import { isBareClause } from './complement';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { PURPOSE_NOUNS } from '../lexicon/purpose';

/** The cue whose purpose noun is token `i`, with the words that lead up to it, or null. */
export function purposeStanceCue(block: BlockModel, i: number, sentence: Sentence): CueHit | null {
  const entry = PURPOSE_NOUNS.get(block.tokens[i]?.lower ?? '');
  if (entry === undefined || block.quoted[i] === true) return null;
  const from = leadStart(block, i, entry.leads);
  // "In the hope that X, Y ...": a fronted phrase's holder follows it; left to the author here.
  if (from <= sentence.from) return null;
  const next = block.tokens[i + 1]?.lower ?? '';
  const clause = next === 'that' || isBareClause(block, { from: i + 1, to: sentence.to }, true);
  if (!clause) return null;
  const info = { lemma: entry.lemma, class: 'stance', complement: 'clause' } as const;
  return { from, to: i + 1, info, form: 'participle', claim: 'belief' };
}

/** Where the longest lead of the noun at `i` starts ("in the hope" → "in"), or -1. */
function leadStart(block: BlockModel, i: number, leads: readonly (readonly string[])[]): number {
  for (const lead of leads) {
    const from = i - lead.length;
    if (from >= 0 && lead.every((w, n) => block.tokens[from + n]?.lower === w)) return from;
  }
  return -1;
}
