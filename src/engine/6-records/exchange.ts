/**
 * A question and its answers, as in trial testimony or an interview written as dialogue:
 *
 *   "Were you there that night?" the prosecutor asked.
 *   "Yes," Smith said.
 *   "Did you see the defendant?"          ← the asker again (a question)
 *   "I did."                              ← the one who answers
 *
 * Once a speaker has asked (an asking cue and a question) and someone else has answered in the next
 * paragraph, a cue-less quote paragraph is the asker's when it is a question put after an answer,
 * and the answerer's when it follows the asker's question. "Smith asked Jones" names the answerer
 * before they speak. A third speaker, or a long gap, ends the exchange.
 */
import type { BlockModel } from '../1-text/model';
import type { RawAttribution } from '../4-claims/content';
import type { EntityResolver } from '../5-speakers/entities';
import type { Resolved } from './nesting';
import type { PersonMention } from './people';

/** Paragraphs an exchange survives without a turn. */
const GAP = 3;

/** Does the record's content end in a question mark (closing quotation marks aside)? */
export function isQuestion(block: BlockModel, raw: RawAttribution): boolean {
  let end = raw.end;
  while (end > raw.start && /[\s"'\u201d\u2019\u00bb]/u.test(block.text[end - 1] ?? '')) end -= 1;
  return block.text[end - 1] === '?';
}

/** The parties of the current question-and-answer exchange. */
export class Exchange {
  private asker: number | null = null;
  private answerer: number | null = null;
  /** "Smith asked Jones": the person asked, before they answer. */
  private addressee: { block: BlockModel; m: PersonMention } | null = null;
  private lastBlock = -1;
  private lastWasQuestion = false;

  constructor(private readonly resolver: EntityResolver) {}

  /** Follow the turns of one sentence's records. */
  note(block: BlockModel, records: readonly Resolved[], note: { named: PersonMention[] }): void {
    for (const r of records) if (r.via === undefined) this.turnTaken(block, r, note);
  }

  private turnTaken(block: BlockModel, r: Resolved, note: { named: PersonMention[] }): void {
    const asking = r.cue?.lemma === 'ask';
    // No exchange and no asking verb (nearly every record): nothing to follow.
    if (this.asker === null && !asking) {
      this.lastWasQuestion = false;
      this.lastBlock = block.index;
      return;
    }
    const question = isQuestion(block, r.raw);
    const asks = question && asking;
    const who = r.speaker;
    if (who !== this.asker && who !== this.answerer) {
      if (asks) {
        this.asker = who;
        this.answerer = null;
        // "Smith asked Jones": the person right after the asking verb is the one asked.
        const cue = r.cue;
        const asked = note.named.find((m) => {
          const before = block.tokens[m.from - 1];
          return (
            cue !== null &&
            before !== undefined &&
            before.start >= cue.start &&
            before.end <= cue.end
          );
        });
        this.addressee = asked === undefined ? null : { block, m: asked };
      } else if (
        this.asker !== null &&
        this.answerer === null &&
        this.lastWasQuestion &&
        block.index > this.lastBlock &&
        block.index <= this.lastBlock + 1
      ) {
        this.answerer = who;
      } else {
        this.asker = null;
        this.answerer = null;
      }
    }
    this.lastWasQuestion = question && who === this.asker;
    this.lastBlock = block.index;
  }

  /**
   * The speaker of a cue-less quote that opens a paragraph, when the exchange decides it: the
   * asker for a question after an answer, the answerer after the asker's question; else null.
   */
  turn(block: BlockModel, raw: RawAttribution, lastSpeaker: number): number | null {
    if (this.asker === null || block.index > this.lastBlock + GAP) return null;
    const question = isQuestion(block, raw);
    if (question && lastSpeaker === this.answerer && lastSpeaker !== null) return this.asker;
    if (question || lastSpeaker !== this.asker || !this.lastWasQuestion) return null;
    if (this.answerer !== null) return this.answerer;
    if (this.addressee === null) return null;
    const { block: where, m } = this.addressee;
    const id = this.resolver.resolve(where, m.from, m.to);
    return id === null || id === this.asker ? null : id;
  }
}
