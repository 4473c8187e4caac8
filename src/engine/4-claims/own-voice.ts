/**
 * "I said", "we told them": the first person is the author's voice and no source, except in an
 * interviewee's answer (a labelled turn or an unlabelled interview's answer), where "I" is the
 * interviewee recounting what they said. There the caller licenses a first-person subject from
 * the answer's first token on, for saying and telling only ("I think", "I felt like" are the
 * answer's own thinking aloud, part of the answer's record, not a claim of their own), and only
 * for words recounted from before: "I will say", "I say" frame the answer being given.
 */
import type { BlockModel } from '../1-text/model';
import type { CueHit } from '../3-cues/cues';
import { lazySet } from '../lexicon/lazy';

const OWN_VOICE = lazySet(() => ['i', 'we']);
/**
 * The verbs that recount one's own words ("I said", "we told them"); "We warned them years ago"
 * names an act, with no words of its own to record.
 */
const RECOUNTING = lazySet(() => ['say', 'tell']);

/**
 * Is the subject `[from, to)` of `cue` a lone "I" or "we" the caller licenses (`from` at or after
 * `licensedFrom`, "say" or "tell" not in its base form)?
 */
export function licensedOwnVoice(
  block: BlockModel,
  cue: CueHit,
  from: number,
  to: number,
  licensedFrom: number,
): boolean {
  return (
    to - from === 1 &&
    from >= licensedFrom &&
    block.quoted[from] !== true &&
    OWN_VOICE.has(block.tokens[from]?.lower ?? '') &&
    RECOUNTING.has(cue.info.lemma) &&
    block.tokens[cue.from]?.lower !== cue.info.lemma
  );
}
