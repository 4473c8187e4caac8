/**
 * Where an interviewee speaks in their own voice, so "I said, ..." and "we told them ..." in
 * their answers are claims of theirs (`4-claims/own-voice.ts`): the answers of an unlabelled
 * interview (`credit-interview.ts`) and the believed turns of a labelled transcript or Q&A
 * (`speaker-labels.ts`), the interviewers' and reporters' turns left out (`journalists.ts`).
 */
import type { BlockModel } from '../1-text/model';
import type { Interview } from './credit-interview';
import { journalistKeys } from './journalists';
import { transcriptTurns } from './speaker-labels';

/** Block index → the first token of the interviewee's own words in it. */
export function ownVoiceStarts(
  models: readonly BlockModel[],
  interview: Interview | null,
): Map<number, number> {
  const out = new Map<number, number>(interview?.answers ?? []);
  const turns = transcriptTurns(models);
  if (turns.size === 0) return out;
  const journalists = journalistKeys(models, turns);
  for (const [index, label] of turns) if (!journalists.has(label.key)) out.set(index, label.text);
  return out;
}
