/**
 * Clauses whose cue is a noun or a prepositional source rather than a verb: "according to X" (the
 * source is the phrase after the cue; the claim is the rest of the sentence) and "the ministry's
 * rejection of ..." / "Russia's announcement that ..." (the owner of the noun is the speaker).
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { CueHit } from '../3-cues/cues';
import { ownerEnd } from '../3-cues/noun-cues';
import { collectLeft } from '../5-speakers/phrase';
import type { NounPhrase } from '../5-speakers/speaker';
import { accordingSource, sourcePhraseEnd } from './according';
import type { Clause } from './content';
import { extendClause } from './extent';
import { nounClauseEnd } from './noun-clause-end';
import { objectEnd } from './tails';

/** The clause of an "according to" or noun cue; null when "according to" names no source. */
export function nominalClause(block: BlockModel, sentence: Sentence, cue: CueHit): Clause | null {
  const b = block.index;
  if (cue.form === 'according') {
    const np = accordingSource(block, cue.to, sentence.to);
    if (np === null) return null;
    return {
      cue,
      speaker: { kind: 'phrase', block: b, np },
      range: { from: cue.from, to: sourcePhraseEnd(block, np.to, sentence.to) },
      side: 'both',
    };
  }
  if (cue.form === 'noun') {
    const owner = ownerEnd(block, cue.from);
    // "The ministry's rejection": the whole possessor phrase, not just its last word.
    const np: NounPhrase = collectLeft(block, owner, sentence.from) ?? {
      from: owner,
      to: owner + 1,
      appositive: null,
    };
    const to =
      cue.object === true
        ? cue.to
        : cue.thatAt !== undefined
          ? cue.thatAt + 1
          : extendClause(block, cue, sentence.to);
    return {
      cue,
      speaker: { kind: 'phrase', block: b, np },
      range: { from: owner, to },
      side: 'after',
      ...(cue.object === true
        ? { contentEnd: objectEnd(block, to, sentence.to) }
        : nounContentEnd(block, sentence, np.from, to)),
    };
  }
  return null;
}

/** "Russia's announcement that X is raising questions": the claim stops before "is raising". */
function nounContentEnd(block: BlockModel, sentence: Sentence, cueFrom: number, from: number) {
  if (block.tokens[from - 1]?.lower !== 'that') return {};
  const span = { sentenceFrom: sentence.from, cueFrom, from, ceiling: sentence.to };
  const end = nounClauseEnd(block, span);
  return end < sentence.to ? { contentEnd: end } : {};
}
