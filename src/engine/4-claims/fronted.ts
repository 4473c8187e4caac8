/**
 * Stage 6: the clause of a participle cue. ", saying ...", "and adding ...": the main clause's
 * subject, the antecedent of a reduced relative, or a passive main clause's agent speaks. "Noting that the plan was dead,
 * Smith ...": a fronted participle's subject follows its phrase.
 */
import { participleStart } from '../3-cues/participle-link';
import { frontedAfterSubordinator } from './subordinate-participle';
import type { Clause } from './content';
import { extendClause } from './extent';
import { relativeAntecedent } from './subframe';
import { passiveAgentBefore } from './passive-agent';
import type { CueHit } from '../3-cues/cues';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { speakerRight, type NounPhrase } from '../5-speakers/speaker';

/**
 * "Declaring that X is at stake, Gates ordered ...": the claim runs to the comma that closes the
 * participle's phrase, and the subject right after that comma is the speaker.
 */
function frontedClause(block: BlockModel, sentence: Sentence, cue: CueHit): Clause | null {
  const comma = commaAfter(block, cue.to, sentence.to);
  const np = comma < sentence.to ? speakerRight(block, comma + 1, sentence.to) : null;
  return np === null ? null : clauseToComma(block, cue, np, comma);
}

/** The clause of `cue` spoken by `np`, its claim ending at `comma`. */
export function clauseToComma(
  block: BlockModel,
  cue: CueHit,
  np: NounPhrase,
  comma: number,
): Clause {
  return {
    cue,
    speaker: { kind: 'phrase', block: block.index, np },
    range: { from: cue.from, to: extendClause(block, cue, comma) },
    side: 'after',
    contentEnd: comma,
  };
}

/** The first unquoted comma in `[from, to)`, or `to`: where a phrase inside a sentence ends. */
export function commaAfter(block: BlockModel, from: number, to: number): number {
  let comma = from;
  while (comma < to && !(block.tokens[comma]?.text === ',' && block.quoted[comma] !== true))
    comma += 1;
  return comma;
}

/** The clause of a participle cue: fronted, or after the main clause. */
export function participleClause(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
): Clause | null {
  if (cue.fronted === true) return frontedClause(block, sentence, cue);
  const start = participleStart(block, cue.from);
  const antecedent =
    relativeAntecedent(block, sentence, cue) ??
    (block.tokens[start]?.text === ',' ? passiveAgentBefore(block, start, sentence.from) : null);
  const b = block.index;
  return {
    cue,
    speaker:
      antecedent === null
        ? { kind: 'main-subject', block: b, sentence }
        : { kind: 'phrase', block: b, np: antecedent },
    range: { from: start, to: extendClause(block, cue, sentence.to) },
    side: 'after',
    // "After saying the plan was dead, the mayor left": the claim ends with the fronted clause.
    ...(frontedAfterSubordinator(block, cue.from, sentence)
      ? { contentEnd: commaAfter(block, cue.to, sentence.to) }
      : {}),
  };
}
