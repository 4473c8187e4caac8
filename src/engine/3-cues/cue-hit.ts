/** What stage 4 finds: one attributing word or phrase of a sentence and how it relates to its speaker. */
import type { ClaimClass } from '../types';
import type { VerbInfo } from '../lexicon/verbs';

/** How a cue relates to its speaker. */
export type CueForm =
  /** A finite verb: speaker is its subject (left) or, inverted, the phrase after it. */
  | 'verb'
  /** ", saying ...": speaker is the subject of the main clause. */
  | 'participle'
  /** "according to X": speaker follows. */
  | 'according'
  /** "his warning that ...": speaker is the possessor. */
  | 'noun';

/** One cue in a sentence, as a token range `[from, to)`. */
export interface CueHit {
  from: number;
  to: number;
  info: VerbInfo;
  form: CueForm;
  /** The verb opens a quotation: 'Mugabe "insisting he finishes his term"'. */
  quoteInitial?: boolean;
  /** The "that" opening a noun cue's claim, past a phrase or copula ("his view on it is that"). */
  thatAt?: number;
  /** A noun cue whose claim is its object noun phrase ("his denial of the report"). */
  object?: boolean;
  /** A judgement "X as Y" ("saw it as a snub"): the claim is that phrase, not a clause. */
  judgement?: boolean;
  /** A participle opening the sentence, whose subject follows its phrase ("Noting X, Smith ..."). */
  fronted?: boolean;
  /** A finding verb reduced after its evidence noun ("studies suggesting that"): its subject. */
  reduced?: boolean;
  /** The claim class when the shape, not the lemma, decides it ("sees X at 2%": a projection). */
  claim?: ClaimClass;
}
