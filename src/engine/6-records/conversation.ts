/**
 * Who is in the conversation. Interviews, trial testimony and profiles interleave several people's
 * words, and "the last speaker" is not enough to follow them: a pronoun after a quote ('..., she
 * said') may mean someone the paragraph has just introduced, and a quote paragraph with no cue may
 * answer the question the paragraph before asked, or be the words of someone just introduced. The
 * conversation keeps the stage (`stage.ts`: the people the last few sentences named, who spoke,
 * the genders pronouns have shown) and the parties of a question-and-answer exchange
 * (`exchange.ts`), and gives the article walk (`article.ts`) a second opinion on the resolver's
 * pick for "he"/"she" (`pronoun-rules.ts`) and a speaker for a cue-less turn.
 */
import { firstTokenFrom } from '../1-text/token-offset';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { EntityResolver } from '../5-speakers/entities';
import { pronounGender, type Gender } from '../lexicon/gender';
import { singular } from '../5-speakers/antecedent';
import { Exchange } from './exchange';
import type { Resolved } from './nesting';
import type { PersonMention } from './people';
import { CONTEXT_RULES, otherGender } from './pronoun-rules';
import { MEMORY, ranked, Stage, type FullName } from './stage';

export type { FullName } from './stage';

/** How many earlier quotations a repeated one is looked for among. */
const QUOTES_KEPT = 100;
/** Fewer characters than this are a phrase anyone may say again, not a repeated quotation. */
const MIN_REPEAT_CHARS = 40;

/** Ellipses, quotation marks and spaces around a quotation's words. */
const EDGE = /[\s.\u2026"'\u201c\u201d\u2018\u2019]/u;

/** The quotation's words without the marks and ellipses at its edges. */
function core(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && EDGE.test(text[from] ?? '')) from += 1;
  while (to > from && EDGE.test(text[to - 1] ?? '') && text[to - 1] !== '.') to -= 1;
  return text.slice(from, to);
}

/** The people on stage lately, for pronoun speakers and cue-less turns. */
export class Conversation {
  private readonly stage: Stage;
  /** Recent quotations with their speakers, newest last (their words read on first use). */
  private readonly quoted: Array<{ speaker: number; text: string }> = [];
  /** The two parties of a question and its answer. */
  readonly exchange: Exchange;

  constructor(
    private readonly resolver: EntityResolver,
    fullNames: ReadonlyMap<string, FullName>,
  ) {
    this.stage = new Stage(resolver, fullNames);
    this.exchange = new Exchange(resolver);
  }

  /** Note one sentence after its records are resolved. */
  noteSentence(block: BlockModel, sentence: Sentence, records: readonly Resolved[]): void {
    const note = this.stage.note(block, sentence, records);
    this.exchange.note(block, records, note);
    for (const r of records) {
      if (r.via !== undefined || r.raw.kind === 'indirect') continue;
      this.quoted.push({ speaker: r.speaker, text: block.text.slice(r.raw.start, r.raw.end) });
      if (this.quoted.length > QUOTES_KEPT) this.quoted.shift();
    }
  }

  /**
   * "Uber tweeted: '... Fares have increased to encourage more drivers ...'" and, paragraphs later,
   * a quote paragraph with no cue that repeats those words: the words are still Uber's. Null when
   * the quotation repeats no earlier one.
   */
  repeatedFrom(text: string): number | null {
    const needle = core(text);
    if (needle.length < MIN_REPEAT_CHARS) return null;
    for (let i = this.quoted.length - 1; i >= 0; i -= 1) {
      const q = this.quoted[i];
      if (q !== undefined && q.text.includes(needle)) return q.speaker;
    }
    return null;
  }

  /**
   * The speaker of a record whose speaker is "he" or "she": the resolver's pick unless the
   * conversation knows better, then what the pronoun shows of that speaker's gender is learned.
   */
  pronounSpeaker(block: BlockModel, r: Resolved): number {
    if (!r.pronoun || r.mention === null) return r.speaker;
    return this.pronounAt(block, r.mention.start, r.speaker, r.raw);
  }

  /**
   * "A lawyer for the family said ... and he hoped ...": a "he"/"she" (gender `want`) that reports
   * a later clause of a sentence continues the speaker of the one before it (`earlier`, the
   * sentence's records so far, and the last one whose cue ends before token `at`), if a single
   * person, named or not, whose gender does not clash. Null when there is none.
   */
  clauseSpeaker(earlier: readonly Resolved[], at: number, want: Gender): number | null {
    for (let i = earlier.length - 1; i >= 0; i -= 1) {
      const r = earlier[i];
      if (r === undefined || r.via !== undefined || r.raw.cue === null) continue;
      if (r.raw.cue.to > at) continue;
      const e = this.resolver.get(r.speaker);
      const someone =
        e?.type === 'person' ||
        e?.type === 'unknown' ||
        (e?.type === 'anonymous' && singular(e) !== null);
      if (!someone) return null;
      const g = this.stage.genderOf(r.speaker);
      return g === null || g === want ? r.speaker : null;
    }
    return null;
  }

  /** `pronounSpeaker` for the pronoun starting at character `at`, the resolver having picked `pick`. */
  pronounAt(
    block: BlockModel,
    at: number,
    pick: number,
    claim: { start: number; end: number } | null = null,
  ): number {
    const word = /^\p{L}+/u.exec(block.text.slice(at, at + 4))?.[0].toLowerCase() ?? '';
    const want = word === 'he' || word === 'she' ? pronounGender(word) : null;
    if (want === null) return pick;
    const recent = this.stage.recent(block);
    let chosen = otherGender(this.stage, recent, block, pick, want);
    // '"...," Askar wrote, 21 months, he said': the pick was named just before in this sentence.
    if (chosen === null && !this.namedBefore(block, at, pick, claim)) {
      for (const rule of CONTEXT_RULES) {
        chosen = rule(this.stage, recent, block, pick, want);
        if (chosen !== null) break;
      }
    }
    const speaker = chosen ?? pick;
    this.stage.learn(speaker, want);
    return speaker;
  }

  /**
   * A quote paragraph with no cue after the paragraph before brought someone new on stage, once
   * the last speaker had finished: "'...,' said the mayor. Ann Jones runs the shelter. [new
   * paragraph] 'We are running on fumes.'" The newcomer must be a clause's subject or described,
   * the only such person in the latest sentence naming anyone, in the paragraph just before.
   */
  introducedSince(block: BlockModel, lastSpeaker: number): number | null {
    const { notes } = this.stage;
    const since = notes.slice(notes.length - Math.min(this.stage.sinceSpeaker, MEMORY));
    if (since[since.length - 1]?.block.index !== block.index - 1) return null;
    for (let i = since.length - 1; i >= 0; i -= 1) {
      const note = since[i];
      if (note === undefined) continue;
      const fit = note.named.filter(
        (m) => (m.subject || m.described) && !m.possessive && !this.stage.names(m, lastSpeaker),
      );
      if (fit.length === 0) continue;
      const only = fit.every((m) => m.surname === fit[0]?.surname) ? fit[0] : undefined;
      return only === undefined ? null : this.stage.entityFor(note.block, only);
    }
    return null;
  }

  /**
   * "When the immunologist De'Broski Herbert looked ..., he thought ...": a "he"/"she" the
   * resolver finds no one for, at token `at`, is the person named before it in its own sentence,
   * else the latest person the conversation has on stage who can be meant.
   */
  pronounAlone(block: BlockModel, at: number): number | null {
    const want = pronounGender(block.tokens[at]?.lower ?? '');
    const sentence = sentenceOf(block, at);
    if (want === null || sentence === undefined) return null;
    const here = this.stage
      .personsIn(block, sentence)
      .filter((m) => m.to <= at && !m.possessive)
      .reverse();
    const notes: Array<{ block: BlockModel; named: PersonMention[] }> = [
      { block, named: here },
      ...this.stage.recent(block).map((n) => ({ block: n.block, named: ranked(n.named) })),
    ];
    for (const note of notes) {
      for (const m of note.named)
        if (this.stage.fits(m, -1, want)) return this.stage.entityFor(note.block, m);
    }
    return null;
  }

  /**
   * Is `id` named in its own sentence before the pronoun at character `at`? A plain look at the
   * name words there (no person evidence needed: the resolver already took `id` for a person).
   */
  private namedBefore(
    block: BlockModel,
    at: number,
    id: number,
    claim: { start: number; end: number } | null,
  ): boolean {
    const sentence = sentenceOf(block, firstTokenFrom(block, at));
    if (sentence === undefined) return false;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const t = block.tokens[i];
      if (t === undefined || t.start >= at) break;
      // "Gorbachev failed as a ruler, he remarked": a name inside the claim is what it is about.
      if (claim !== null && t.start >= claim.start && t.end <= claim.end) continue;
      if (block.tags[i] === 'name' && block.quoted[i] !== true && this.stage.isNameOf(t.lower, id))
        return true;
    }
    return false;
  }
}

/** The sentence holding token `i`, by halving (a block can hold thousands of sentences). */
function sentenceOf(block: BlockModel, i: number): Sentence | undefined {
  const { sentences } = block;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) return undefined;
    if (i < s.from) hi = mid - 1;
    else if (i >= s.to) lo = mid + 1;
    else return s;
  }
  return undefined;
}
