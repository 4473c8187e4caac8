/**
 * Give the answers of an interview printed with no speaker labels to the interviewee
 * (`unlabelled-interview.ts` finds the turns, `interviewee.ts` the person). Each answer becomes
 * one record of the interviewee's words; cue-less pieces the walk made of it (a quote continued
 * from the last speaker) go, and claims with a cue of their own inside it stay with their
 * speakers. In the question, a claim whose speaker is "you" ("You've called it a failure") is
 * the interviewee's.
 */
import type { BlockModel } from '../1-text/model';
import type { EntityResolver } from '../5-speakers/entities';
import type { KnownName } from '../5-speakers/known-names';
import { grammaticalPerson } from '../lexicon/grammatical-person';
import { creditedWords } from './credit-lines';
import { intervieweeMention } from './interviewee';
import type { Resolved } from './nesting';
import { interviewAnswers } from './unlabelled-interview';

/**
 * Credit the answers of an unlabelled interview. `records` is changed and extended in place
 * (added records go at the end: the caller restores block order).
 */
export function creditInterviewAnswers(
  models: readonly BlockModel[],
  records: Resolved[],
  resolver: EntityResolver,
  names: ReadonlyMap<string, KnownName>,
): void {
  const answers = interviewAnswers(models);
  if (answers.size === 0) return;
  const at = intervieweeMention(models, Math.min(...answers.keys()), names);
  if (at === null) return;
  const speaker = resolver.resolve(at.block, at.from, at.to);
  if (speaker === null || resolver.get(speaker)?.type !== 'person') return;
  for (const [index, answer] of answers) {
    const block = models[index];
    const from = block?.tokens[answer];
    const last = block?.tokens[block.tokens.length - 1];
    if (block === undefined || from === undefined || last === undefined) continue;
    for (let k = records.length - 1; k >= 0; k -= 1) {
      const r = records[k];
      if (r === undefined || r.raw.block !== index) continue;
      if (r.raw.start >= from.start) {
        if (r.cue === null) records.splice(k, 1);
      } else if (r.via === undefined && addressed(r)) {
        r.speaker = speaker;
      }
    }
    records.push(creditedWords(index, from.start, last.end, speaker, { from: answer, to: answer }));
  }
}

/** Is the record's speaker the one the question addresses ("you", "you've")? */
function addressed(r: Resolved): boolean {
  const words = r.mention?.text.trim().toLowerCase().split(/\s+/u) ?? [];
  return words.length === 1 && grammaticalPerson(words[0] ?? '') === 2;
}
