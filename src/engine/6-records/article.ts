/**
 * Stage 7: walk the article block by block and sentence by sentence, keeping the state that spans
 * sentences: the last speaker (for cue-less quote paragraphs and block quotes), the conversation
 * (who else is on stage: people just named, question-and-answer parties — `conversation.ts`), a
 * pending list header ("X also said:") and the entity resolver. Produces resolved records in
 * reading order.
 */
import { ArticleState, cueOf, resolveSpeaker } from './resolve-speaker';

export { ArticleState } from './resolve-speaker';
import { besideRecord } from '../2-quotes/beside';
import { isCitation } from './citation';
import { withCitedSources } from './cited';
import { isFrontedPiece } from '../2-quotes/fronted';
import { continuationRecord, endsWithColonCue } from '../2-quotes/continuation';
import { SUBJECT_PRONOUNS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { findCues } from '../3-cues/cues';
import { headlineQuote } from '../2-quotes/echo';
import { frameAttributions } from '../4-claims/frames';
import { headlineSource } from '../4-claims/headline';
import { innerAttributions } from '../2-quotes/inner';
import { retoldByQuoted } from '../2-quotes/first-person';
import { nestRecords, ownedByQuoted, type Resolved } from './nesting';
import { sentenceAttributions, type RawAttribution } from '../4-claims/patterns';
import { mainSubjectPhrase } from '../5-speakers/subject';
import type { Cue } from '../types';
import { findingsHeaderSource } from './findings-header';
import { accordingHeaderSource } from './according-header';
import type { NounPhrase } from '../5-speakers/speaker';
import {
  colonClaim,
  handsOnClaim,
  isFlattenedList,
  opensInThirdPerson,
  takesColonClaim,
} from './colon-block';

/** Add frame records ("is seen by Y as Z", "We're told") whose claims no cue record covers. */
function withFrames(
  block: BlockModel,
  sentence: BlockModel['sentences'][number],
  raws: RawAttribution[],
): RawAttribution[] {
  const frames = frameAttributions(block, sentence);
  // Usually no frame at all: skip the overlap filter's copy.
  if (frames.length === 0) return raws;
  const extra = frames.filter((f) => !raws.some((r) => r.start < f.end && r.end > f.start));
  return extra.length === 0 ? raws : [...raws, ...extra].sort((a, b) => a.start - b.start);
}

/** Claims attributed inside the quotations of this sentence's records, relayed via the quoted speaker. */
function quotedClaims(
  state: ArticleState,
  block: BlockModel,
  records: readonly Resolved[],
): Resolved[] {
  const out: Resolved[] = [];
  for (const outer of records) {
    if (outer.via !== undefined || outer.raw.kind === 'indirect') continue;
    for (const q of block.quotes) {
      const start = Math.max(q.innerStart, outer.raw.start);
      const end = Math.min(q.innerEnd, outer.raw.end);
      if (end <= start) continue;
      for (const raw of innerAttributions(block, start, end)) {
        // '"... as my statements said, he is well," Grisham told CNN': the quoted speaker's own
        // words, not a second source.
        // '"I told him, ‘Don’t worry,’" Ann Lee said': the quoted speaker retelling their own words.
        if (ownedByQuoted(block, raw) || retoldByQuoted(block, raw)) {
          const cue = cueOf(block, raw);
          out.push({ raw, speaker: outer.speaker, cue, mention: null, pronoun: false });
          continue;
        }
        const r = resolveSpeaker(state, block, raw, []);
        if (r === null || r.speaker === outer.speaker || r.pronoun) continue;
        out.push({ ...r, via: outer.speaker });
      }
    }
  }
  return out;
}

/** The last record not relayed through another speaker (no `via`). */
function lastDirect(records: readonly Resolved[]): Resolved | undefined {
  for (let i = records.length - 1; i >= 0; i -= 1) {
    const r = records[i];
    if (r !== undefined && r.via === undefined) return r;
  }
  return undefined;
}

/**
 * Entity ids of speakers coordinated before the main one when "both" makes each of them say it
 * ("both Roscosmos and NASA said"); a plain "X and Y said" is one joint claim, one record.
 */
function coordinated(state: ArticleState, block: BlockModel, raw: RawAttribution): number[] {
  if (raw.speaker.kind !== 'phrase') return [];
  const also = raw.speaker.np.also ?? [];
  if (block.tokens[(also[0]?.from ?? 0) - 1]?.lower !== 'both') return [];
  return also
    .map((np) => state.resolver.resolve(block, np.from, np.to))
    .filter((id): id is number => id !== null);
}

/** Add the records of one block to the article state. */
export function processBlock(
  state: ArticleState,
  block: BlockModel,
  previous: BlockModel | undefined,
): void {
  const continuesQuote =
    previous !== undefined &&
    previous.quotes.some((q) => q.unclosed) &&
    block.quotes[0]?.start === 0;
  let blockHadRecord = false;
  // Did the sentence just before, in this block, attribute a claim? (`continuationRecord`)
  let previousClaimed = false;
  if (block.kind !== 'blockquote') state.authorIntro = false;
  const citation = isCitation(block.text);
  // "Ann Lee said:" then the statement as a block of its own, unquoted (`colon-block.ts`).
  const pending = state.colonRun;
  let run = pending !== null && pending.next === block.index ? pending : null;
  if (run !== null && (isListItem(block) || !takesColonClaim(block, run.first))) run = null;
  state.colonRun = null;
  const perSentence = run !== null && isFlattenedList(block);
  let runRecord: Resolved | null = null;
  block.sentences.forEach((sentence, n) => {
    state.resolver.nextSentence(block.index);
    const own = state.ownVoice.get(block.index);
    let raws = withFrames(block, sentence, sentenceAttributions(block, sentence, own));
    // '"To be honest," he said.': the piece names the speaker for what follows but is no record.
    const fronted =
      raws.length > 0 && block.quotes.length > 1
        ? raws.filter((r) => isFrontedPiece(block, sentence, r))
        : [];
    const sourced =
      raws.length === 0
        ? (headlineSource(block, sentence) ?? headlineQuote(block, sentence))
        : null;
    if (sourced !== null) raws = [sourced];
    if (run !== null && raws.length === 0 && !opensInThirdPerson(block, sentence)) {
      const raw = colonClaim(block, sentence);
      if (raw !== null && runRecord !== null && !perSentence) runRecord.raw.end = raw.end;
      else if (raw !== null) {
        runRecord = { raw, speaker: run.speaker, cue: run.cue, mention: null, pronoun: false };
        state.out.push(runRecord);
      }
      state.last = { speaker: run.speaker, block: block.index, cue: run.cue };
      state.listHeader = null;
      if (n === block.sentences.length - 1)
        state.colonRun = { ...run, next: block.index + 1, first: false };
      return;
    }
    // A sentence with a claim of its own, or about someone, ends the run.
    run = null;
    if (raws.length === 0 && state.listHeader !== null && isListItem(block)) {
      const rec = continuationRecord(block, sentence, true);
      if (rec !== null && n === 0) {
        state.out.push({
          raw: rec,
          speaker: state.listHeader.speaker,
          cue: state.listHeader.cue,
          mention: null,
          pronoun: false,
        });
        blockHadRecord = true;
      }
      return;
    }
    if (raws.length === 0 && block.kind !== 'blockquote') {
      const beside = besideRecord(block, sentence);
      if (beside !== null) raws = [beside];
    }
    // A quoted crosshead lifts words from the section below it: the display echoes give it the
    // speaker of those words, not the last speaker above it.
    if (raws.length === 0 && state.last !== null && block.kind !== 'crosshead') {
      const whole = block.kind === 'blockquote';
      const recent = state.last.block >= block.index - 2 || continuesQuote;
      const rec = whole
        ? n === 0
          ? continuationRecord(block, sentence, true)
          : null
        : continuationRecord(block, sentence, false, previousClaimed);
      // A block quote continues a speaker quoted shortly before; short cells and labels do not.
      const substantial = !whole || (rec !== null && rec.end - rec.start >= 40);
      const nearby = recent || (whole && state.last.block >= block.index - 4);
      const own = whole && state.authorIntro;
      if (rec !== null && nearby && substantial && !own) raws = [rec];
    }
    const all: Resolved[] = [];
    for (const raw of raws) {
      const r = resolveSpeaker(state, block, raw, all);
      if (r === null) continue;
      if (r.pronoun) r.speaker = state.conversation.pronounSpeaker(block, r);
      for (const extra of coordinated(state, block, raw)) all.push({ ...r, speaker: extra });
      all.push(r);
    }
    // Most sentences attribute nothing: no nesting, quoted claims or copies for them. A
    // citation's quotation is a work's title.
    const resolved =
      all.length === 0 || citation
        ? []
        : withCitedSources(state, block, sentence, nestRecords(block, all));
    if (resolved.length > 0) {
      for (const r of quotedClaims(state, block, resolved)) resolved.push(r);
      for (const r of resolved) if (!fronted.includes(r.raw)) state.out.push(r);
    }
    previousClaimed = lastDirect(resolved) !== undefined;
    state.conversation.noteSentence(block, sentence, resolved);
    state.resolver.notePersonMention(
      block,
      sentence.from,
      sentence.to,
      resolved.map((r) => ({ start: r.raw.start, end: r.raw.end })),
    );
    state.resolver.noteThingMention(block, sentence.from, sentence.to);
    const lastTop = lastDirect(resolved);
    if (lastTop !== undefined && state.resolver.get(lastTop.speaker)?.type !== 'document') {
      state.last = { speaker: lastTop.speaker, block: block.index, cue: lastTop.cue };
      blockHadRecord = true;
    }
    // "Key findings of the study include:" introduces the study's findings.
    // "According to Ann Lee, professor of botany:" introduces Ann Lee's words likewise.
    const findings =
      raws.length === 0
        ? (findingsHeaderSource(block, sentence) ?? accordingHeaderSource(block, sentence))
        : null;
    const source = endsWithColonCue(block, sentence) ? sourceHeader(resolved) : null;
    if (source !== null) {
      // "Top risks, according to a 2011 study:" credits the items that follow to the study.
      state.listHeader = source;
      if (n === block.sentences.length - 1 && handsOnClaim(block, sentence))
        state.colonRun = { ...source, next: block.index + 1, first: true };
    } else if (
      endsWithColonCue(block, sentence) &&
      raws.length === 0 &&
      (findings !== null || findCues(block, sentence).length > 0)
    ) {
      // "President Obama also said:" introduces bullets or a quote paragraph that follow.
      const header = headerSpeaker(state, block, sentence, findings);
      if (header !== null) {
        state.listHeader = header;
        if (n === block.sentences.length - 1 && handsOnClaim(block, sentence))
          state.colonRun = { ...header, next: block.index + 1, first: true };
        state.last = { speaker: header.speaker, block: block.index, cue: header.cue };
      }
    } else if (!isListItem(block)) {
      state.listHeader = null;
    }
    // "Some of the causes include:" with no cue and no record: the author introduces what follows.
    if (block.kind === 'paragraph' && n === block.sentences.length - 1)
      state.authorIntro =
        endsWithColonCue(block, sentence) &&
        resolved.length === 0 &&
        !namesSomeone(block, sentence) &&
        findCues(block, sentence).length === 0;
  });
  void blockHadRecord;
}

/** Dashes a paragraph may open with when the page sets its list items as paragraphs. */
const BULLETS = /^[\u2014\u2013-]\s/u;

/** A list item: marked up as one, or a paragraph opening with a dash ("— Item."). */
function isListItem(block: BlockModel): boolean {
  return block.kind === 'listItem' || (block.kind === 'paragraph' && BULLETS.test(block.text));
}

/** The one "according to X" record of a sentence ending in a colon: X is the list's source. */
function sourceHeader(resolved: readonly Resolved[]): ArticleState['listHeader'] {
  const only = resolved.length === 1 ? resolved[0] : undefined;
  if (only === undefined || only.cue?.lemma !== 'according to') return null;
  return { speaker: only.speaker, cue: only.cue };
}

/**
 * Does the sentence name or point to someone ("Ford", "he") after its first word? "Then he
 * launched into one of his riffs:" introduces that person's words; "The causes include:" does not.
 */
function namesSomeone(block: BlockModel, sentence: BlockModel['sentences'][number]): boolean {
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord) continue;
    const kind = SUBJECT_PRONOUNS.get(t.lower);
    if ((kind !== undefined && kind !== 'thing') || (t.cap && i > sentence.from)) return true;
  }
  return false;
}

function headerSpeaker(
  state: ArticleState,
  block: BlockModel,
  sentence: BlockModel['sentences'][number],
  source: NounPhrase | null,
): ArticleState['listHeader'] {
  const np = source ?? mainSubjectPhrase(block, sentence);
  if (np === null) return null;
  // "Think about it:", "Consider:": the cue verb itself opens an imperative; no one is named.
  if (findCues(block, sentence).some((c) => c.from >= np.from && c.from < np.to)) return null;
  // "Key findings of the study include:": the header's words before the colon are its cue.
  const cueFrom = source === null ? np.to : sentence.from;
  const picked = state.resolver.resolve(block, np.from, np.to);
  const pronoun = np.to - np.from === 1 && SUBJECT_PRONOUNS.has(block.tokens[np.from]?.lower ?? '');
  // "She recalled:": who "she" is, the conversation may know better than the last person named.
  const id =
    picked !== null && pronoun
      ? state.conversation.pronounAt(block, block.tokens[np.from]?.start ?? 0, picked)
      : picked;
  if (id === null) return null;
  const cueTokens = block.tokens.slice(cueFrom, sentence.to - 1);
  const first = cueTokens[0];
  const lastTok = cueTokens[cueTokens.length - 1];
  const cue: Cue | null =
    first !== undefined && lastTok !== undefined
      ? {
          block: block.index,
          start: first.start,
          end: lastTok.end,
          text: block.text.slice(first.start, lastTok.end),
          lemma: 'say',
          class: 'neutral',
        }
      : null;
  return { speaker: id, cue };
}
