/**
 * Stage 7's speaker step: from a claim's raw speaker reference (a noun phrase, the main subject, the
 * previous speaker, an unnamed source) to an entity id, with the state that spans sentences and
 * blocks (`ArticleState`): the last speaker, a pending list header, the conversation on stage.
 */
import { possessorInSentence, structuralSource, wellFormed } from '../5-speakers/phrase-check';
import { personBeforeAffiliation } from '../5-speakers/affiliation';
import { Conversation, type FullName } from './conversation';
import type { EntityResolver } from '../5-speakers/entities';
import { ROLE_WORDS } from '../lexicon/sources';
import { subjectPronoun } from '../lexicon/words';
import { pronounGender } from '../lexicon/gender';
import type { BlockModel } from '../1-text/model';
import type { Resolved } from './nesting';
import type { RawAttribution } from '../4-claims/patterns';
import type { NounPhrase } from '../5-speakers/phrase';
import { mainSubjectPhrase } from '../5-speakers/subject';
import { firstPersonSpeaker } from './speaker-labels';
import type { Interview } from './credit-interview';
import { onlyOpeningCapital } from '../5-speakers/opening-caps';
import type { Cue } from '../types';

/** The cue of a raw record as the record keeps it: character offsets, text, lemma and class. */
export function cueOf(block: BlockModel, raw: RawAttribution): Cue | null {
  if (raw.cue === null) return null;
  const first = block.tokens[raw.cue.from];
  const last = block.tokens[raw.cue.to - 1];
  if (first === undefined || last === undefined) return null;
  return {
    block: block.index,
    start: first.start,
    end: last.end,
    text: block.text.slice(first.start, last.end),
    lemma: raw.cue.info.lemma,
    class: raw.cue.info.class,
  };
}

/** What carries from one sentence and block to the next. */
export class ArticleState {
  last: { speaker: number; block: number; cue: Cue | null } | null = null;
  listHeader: { speaker: number; cue: Cue | null } | null = null;
  /**
   * A colon-ended cue ("Ann Lee said:") whose claim is the next block, by that block's index;
   * `first` is false once a block has taken it (`colon-block.ts`).
   */
  colonRun: { speaker: number; cue: Cue | null; next: number; first: boolean } | null = null;
  /**
   * The block quotes under way were introduced by the author's own words ending in a colon ("The
   * causes include:"), not by a speaker's: they are the author's list, not the last speaker's.
   */
  authorIntro = false;
  /** The article is an interview printed with no speaker labels (`credit-interview.ts`). */
  interview: Interview | null = null;
  /**
   * Where "I said" is a source's own voice, by block index: from the first token of an
   * interviewee's answer or a believed transcript turn on (`4-claims/own-voice.ts`).
   */
  ownVoice: ReadonlyMap<number, number> = new Map();
  readonly out: Resolved[] = [];
  /** Who is on stage: the people named lately, pronoun genders, question-and-answer parties. */
  readonly conversation: Conversation;
  constructor(
    readonly resolver: EntityResolver,
    names: ReadonlyMap<string, FullName> = new Map(),
    /** Words the article capitalises inside sentences (`opening-caps.ts`); null: not known. */
    readonly midCaps: ReadonlySet<string> | null = null,
  ) {
    this.conversation = new Conversation(resolver, names);
  }
}

/** The entity a raw record's speaker reference names, with the mention that named it; null when none. */
export function resolveSpeaker(
  state: ArticleState,
  block: BlockModel,
  raw: RawAttribution,
  sameSentence: Resolved[],
): Resolved | null {
  const cue = cueOf(block, raw);
  const ref = raw.speaker;
  if (ref.kind === 'previous') {
    if (state.last === null) return null;
    // A new paragraph of quotation (its first sentence, opening with the quote, or a block quote)
    // may be the other party's turn in an exchange, or the newcomer's.
    const opensBlock =
      raw.start < (block.tokens[(block.sentences[0]?.to ?? 1) - 1]?.end ?? 0) &&
      (block.kind === 'blockquote' || block.quotes[0]?.start === 0);
    const turn =
      raw.block > state.last.block && opensBlock
        ? state.conversation.exchange.turn(block, raw, state.last.speaker)
        : null;
    const later = raw.block > state.last.block;
    const named =
      state.conversation.repeatedFrom(block.text.slice(raw.start, raw.end)) ??
      turn ??
      (later && opensBlock
        ? state.conversation.introducedSince(block, state.last.speaker)
        : null) ??
      (later ? state.resolver.personNamedAfter(state.last.block) : null);
    return { raw, speaker: named ?? state.last.speaker, cue: null, mention: null, pronoun: false };
  }
  if (ref.kind === 'unnamed') {
    return { raw, speaker: state.resolver.unnamed(ref.name), cue, mention: null, pronoun: false };
  }
  let np = ref.kind === 'phrase' ? ref.np : null;
  if (ref.kind === 'main-subject') {
    const earlier = sameSentence[sameSentence.length - 1];
    if (earlier !== undefined)
      return { raw, speaker: earlier.speaker, cue, mention: null, pronoun: false };
    np = mainSubjectPhrase(block, ref.sentence);
  }
  if (np === null) return null;
  np = personBeforeAffiliation(
    block,
    possessorInSentence(state.resolver, block, wellFormed(block, np)),
  );
  if (np.to <= np.from) return null;
  const lone = np.to - np.from === 1 ? block.tokens[np.from]?.lower : undefined;
  const single = lone === undefined ? undefined : (subjectPronoun(lone) ?? lone);
  // "we said, ..." in an interview's answer, "You've called it ..." in its question.
  const asked =
    lone === undefined
      ? null
      : (state.interview?.pronounSpeaker(block, np.from, state.resolver) ?? null);
  if (asked !== null) return { raw, speaker: asked, cue, mention: null, pronoun: false };
  if ((single === 'i' || single === 'we') && block.quoted[np.from] !== true) {
    const speaker = firstPersonSpeaker(block, state.resolver);
    return speaker === null ? null : { raw, speaker, cue, mention: null, pronoun: false };
  }
  const want = single === 'he' || single === 'she' ? pronounGender(single) : null;
  const clause =
    want === null || block.quoted[np.from] === true
      ? null
      : state.conversation.clauseSpeaker(sameSentence, np.from, want);
  if (clause !== null) {
    const mention = mentionOf(block, np.from, np.to);
    return { raw, speaker: clause, cue, mention, pronoun: false };
  }
  // "Currently, ...", "Malnutrition condemns ...": a capital only the sentence's start gives.
  if (state.midCaps !== null && onlyOpeningCapital(block, np, state.midCaps)) return null;
  const resolved = state.resolver.resolve(block, np.from, np.to);
  // A phrase headed by a common noun that no lexicon knows ("Those facts suggest") names itself.
  const common =
    block.tags[np.to - 1] === 'noun' && (raw.cue?.form === 'verb' || raw.cue?.form === 'according');
  const id =
    resolved ??
    (single === 'he' || single === 'she'
      ? state.conversation.pronounAlone(block, np.from)
      : null) ??
    (np.structural === true || common ? structuralSource(state.resolver, block, np) : null);
  if (id === null) return null;
  if (np.appositive !== null) {
    const roles = block.tokens
      .slice(np.appositive.from, np.appositive.to)
      .filter((t) => ROLE_WORDS.has(t.lower) && !['the', 'a'].includes(t.lower))
      .map((t) => t.lower);
    state.resolver.addRoles(id, roles);
  }
  const first = block.tokens[np.from];
  const mention = mentionOf(block, np.from, np.to);
  const pronoun = np.to - np.from === 1 && subjectPronoun(first?.lower ?? '') !== undefined;
  const together = jointSpeaker(state, block, ref.kind === 'phrase' ? ref.np : np, np, id);
  if (together !== null) return { raw, speaker: together, cue, mention, pronoun: false };
  return { raw, speaker: id, cue, mention, pronoun };
}

/**
 * "Ann Roe and Ben Lund said": two people named as one subject speak together, so the record is
 * theirs jointly (`EntityResolver.joint`); "both X and Y said" is each one's (`coordinated`).
 * `written` is the phrase as the cue found it, `np` the one resolved to `id`.
 */
function jointSpeaker(
  state: ArticleState,
  block: BlockModel,
  written: NounPhrase,
  np: NounPhrase,
  id: number,
): number | null {
  const also = written.also;
  const other = also?.length === 1 ? also[0] : undefined;
  // "Roe, a geologist, and Lund, a chemist, argue": the sentence's pair, past the appositives.
  const firstId =
    other === undefined
      ? state.resolver.pairedWith(block, np.from, np.to)
      : block.tokens[other.from - 1]?.lower === 'both'
        ? null
        : state.resolver.resolve(block, other.from, other.to);
  return firstId === null ? null : state.resolver.joint(firstId, id);
}

/** The text span of tokens `[from, to)` as a record's speaker mention. */
function mentionOf(block: BlockModel, from: number, to: number): Resolved['mention'] {
  const first = block.tokens[from];
  const last = block.tokens[to - 1];
  if (first === undefined || last === undefined) return null;
  const text = block.text.slice(first.start, last.end);
  return { block: block.index, start: first.start, end: last.end, text };
}
