/**
 * Give the answers of an interview printed with no speaker labels to the interviewee
 * (`unlabelled-interview.ts` finds the turns, `interviewee.ts` the person). Each answer becomes
 * one record of the interviewee's words; cue-less pieces the walk made of it (a quote continued
 * from the last speaker) go, and claims with a cue of their own inside it stay with their
 * speakers. During the walk, "I" or "we" in an answer ("we said, ...") and "you" in a question
 * ("You've called it a failure") are the interviewee too (`resolve-speaker.ts`).
 */
import type { BlockModel } from '../1-text/model';
import type { EntityResolver } from '../5-speakers/entities';
import type { KnownName } from '../5-speakers/known-names';
import { grammaticalPerson } from '../lexicon/grammatical-person';
import { creditedWords } from './credit-lines';
import { intervieweeMention } from './interviewee';
import type { Resolved } from './nesting';
import { interviewAnswers } from './unlabelled-interview';

/** An unlabelled interview: its answers and the person who gives them. */
export class Interview {
  private id: number | null | undefined;

  constructor(
    /** Block index → the first token of the answer. */
    readonly answers: ReadonlyMap<number, number>,
    private readonly at: { block: BlockModel; from: number; to: number },
  ) {}

  /** The interviewee's entity (resolved once, where the introduction names them); null if no person. */
  speaker(resolver: EntityResolver): number | null {
    if (this.id === undefined) {
      const id = resolver.resolve(this.at.block, this.at.from, this.at.to);
      this.id = id !== null && resolver.get(id)?.type === 'person' ? id : null;
    }
    return this.id;
  }

  /**
   * The interviewee, when the lone pronoun at token `at` of `block` is them: "I"/"we" in an
   * answer, "you" in the question before it; else null.
   */
  pronounSpeaker(block: BlockModel, at: number, resolver: EntityResolver): number | null {
    const answer = this.answers.get(block.index);
    const t = block.tokens[at];
    if (answer === undefined || t === undefined || block.quoted[at] === true) return null;
    const person = grammaticalPerson(t.lower);
    if (person === null || (person === 1) !== at >= answer) return null;
    return this.speaker(resolver);
  }
}

/** The article's unlabelled interview, or null when it is none or no interviewee stands out. */
export function findInterview(
  models: readonly BlockModel[],
  names: ReadonlyMap<string, KnownName>,
): Interview | null {
  const answers = interviewAnswers(models);
  if (answers.size === 0) return null;
  const at = intervieweeMention(models, Math.min(...answers.keys()), names);
  return at === null ? null : new Interview(answers, at);
}

/**
 * Credit the answers of an unlabelled interview. `records` is changed and extended in place
 * (added records go at the end: the caller restores block order).
 */
export function creditInterviewAnswers(
  models: readonly BlockModel[],
  records: Resolved[],
  resolver: EntityResolver,
  interview: Interview | null,
): void {
  const speaker = interview?.speaker(resolver) ?? null;
  if (interview === null || speaker === null) return;
  for (const [index, answer] of interview.answers) {
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
