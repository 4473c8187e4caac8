/**
 * Stage 6a: cut the claim out of the text around an attribution clause. Trims connectives, drops a
 * restated "he thought", splits "A and that B", stops at the author's own tail (", amid ...",
 * ", which ..."), starts after a colon that introduces a quote, and builds the raw record.
 */
import { objectGapAfter } from './object-gap';
import { cutActTail } from './act-tail';
import { cutGapClaim, isGapClaim } from './gap-claim';
import { joinsNextClause } from './joined-clause';
import { venueOnly } from './venue';
import { cutAfterNamingQuote } from './naming-quote';
import { charSpan, hasVerb, kindOf, trimContent, wordCount, type Range } from './clause';
import { complementFits } from '../3-cues/complement';
import { commitmentFits } from './commitment';
import { subjectGapFits } from './gap-clause';
import { cutAtClauseEnd } from './clause-end';
import { cutAtSecondReport } from './second-report';
import { cutAtSoClause } from './so-clause-end';
import { cutAtFrontedClauseEnd } from './fronted-clause-end';
import { cutAtStrayClose } from './stray-close';
import { cutAuthorTail } from './author-tail';
import { cutAuthorClause } from './author-clause';
import { cutCommentAside } from './comment-aside';
import { cutAuthorStance } from './author-stance';
import { afterColon, afterSemicolon, afterSingleDash } from './bounds';
import {
  cutClosingGloss,
  cutJudgementTail,
  cutObjectTail,
  cutOccasion,
  isEmptyClaim,
} from './tails';
import { isObjectPhrase, objectClaimFits, sourceClaim } from './evidence';
import type { CueHit } from '../3-cues/cues';
import { SUBJECT_PRONOUNS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { NounPhrase } from '../5-speakers/speaker';
import type { AttributionKind } from '../types';
import { lazySet } from '../lexicon/lazy';
import { LABEL_LEMMAS } from '../lexicon/naming';

/** Where the speaker of a raw attribution is named. */
export type SpeakerRef =
  | { kind: 'phrase'; block: number; np: NounPhrase }
  /** The subject of the sentence's main clause (", saying ..."). */
  | { kind: 'main-subject'; block: number; sentence: Sentence }
  /** No speaker words: the last speaker continues. */
  | { kind: 'previous' }
  /** A source the text leaves unnamed ("We're told ..."), by a fixed name. */
  | { kind: 'unnamed'; name: string };

/** An attribution before entity resolution. */
export interface RawAttribution {
  block: number;
  start: number;
  end: number;
  kind: AttributionKind;
  cue: CueHit | null;
  speaker: SpeakerRef;
  /** Token range of the attribution clause, to detect nesting. */
  clause: Range;
  confidence: number;
}

/**
 * A raw attribution over the token range `content` of a block: the one place a record gets its
 * character span. Null when the range covers no characters.
 */
export function rawOver(
  block: BlockModel,
  content: Range,
  fields: Omit<RawAttribution, 'block' | 'start' | 'end'>,
): RawAttribution | null {
  const span = charSpan(block, content);
  if (span.end <= span.start) return null;
  return { block: block.index, start: span.start, end: span.end, ...fields };
}

/** An attribution clause: speaker + cue (+ addressee, extension) and the side its claim is on. */
export interface Clause {
  cue: CueHit;
  speaker: SpeakerRef;
  range: Range;
  side: 'before' | 'after' | 'both';
  /** Joined to the previous clause ("..., and he noted that ...", "... and said ..."). */
  coordinate?: boolean;
  /** Token index where the claim must end (a quote or relative clause closes it). */
  contentEnd?: number;
  /** "As the report states, ...": the claim is the whole main clause, whatever the verb takes. */
  framed?: boolean;
  /** "..., said X, a Y": the speaker follows the verb, so the claim is before it. */
  inverted?: boolean;
}

const CLAUSE_OPENERS = lazySet(() => ['that', ':', '\u201c', '"', '\u00ab', '\u2018']);
const SPLIT_JOINERS = lazySet(() => ['and', 'but']);
const RESTATING_VERBS = lazySet(() => [
  'thought',
  'believed',
  'felt',
  'hoped',
  'feared',
  'expected',
  'knew',
]);
const AUX = lazySet(() => ['had', 'has', 'would', 'also', 'still', 'did', 'does']);
/** "is", "was": after a cue's "that" they make it a demonstrative subject ("that is what ..."). */
const BE_PAST = lazySet(() => ['is', 'was']);
/** Words that cannot open a that-clause, so a "that" before them is a pronoun object. */
const OBJECT_FOLLOWERS = lazySet(() => [
  'into',
  'onto',
  'again',
  'too',
  'away',
  'aside',
  'is',
  'was',
]);

/** Words that end a naming verb's object before any later quotation. */
const OBJECT_ENDS = lazySet(() => [',', ';', 'but']);

function opensClause(block: BlockModel, r: Range, quoteAnywhere: boolean): boolean {
  const t = block.tokens[r.from];
  if (t === undefined) return false;
  if (CLAUSE_OPENERS.has(t.lower) || block.quoted[r.from] === true) return true;
  const reach = Math.min(r.to, r.from + (quoteAnywhere ? 12 : 3));
  let labelled = false;
  for (let i = r.from; i < reach && !labelled; i += 1) {
    // "called the players over, and a 'captain' ...": a label comes before the object ends.
    if (quoteAnywhere && OBJECT_ENDS.has(block.tokens[i]?.lower ?? '')) break;
    labelled = block.quoted[i] === true;
  }
  // "found it harder to ...": a pronoun before an adjective or noun is the object, not a subject;
  // for a naming verb that object and its quoted label are the claim ("called it part of a 'trend'").
  if (SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'there')
    return (quoteAnywhere && labelled) || !predicatedObject(block, r.from);
  return labelled;
}

/** Tags after which a pronoun is an object with a predicate ("find it hard", "made it clear"). */
const PREDICATE_TAGS = lazySet(() => ['adj', 'noun']);

/** "find it harder to address", "made it clear": "it" is an object described, not a subject. */
function predicatedObject(block: BlockModel, i: number): boolean {
  return (
    block.tokens[i]?.lower === 'it' &&
    block.quoted[i + 1] !== true &&
    PREDICATE_TAGS.has(block.tags[i + 1] ?? 'punct')
  );
}

/** "said he thought (that) X": the claim is X; the pronoun and verb restate the speaker. */
function skipRestatedSpeaker(block: BlockModel, r: Range): Range {
  const first = block.tokens[r.from];
  if (first === undefined || !SUBJECT_PRONOUNS.has(first.lower) || block.quoted[r.from] === true)
    return r;
  let k = r.from + 1;
  while (k < r.to && AUX.has(block.tokens[k]?.lower ?? '')) k += 1;
  if (!RESTATING_VERBS.has(block.tokens[k]?.lower ?? '')) return r;
  // "said he expected to be convicted": an infinitive has no subject of its own, so the pronoun
  // and verb are the claim's subject and predicate, not a restated speaker.
  if (block.tokens[k + 1]?.lower === 'to' && block.quoted[k + 1] !== true) return r;
  return { from: k + 1, to: r.to };
}

/** Split "A and that B" (no comma) into one range per that-clause. */
function splitThatClauses(block: BlockModel, r: Range): Range[] {
  const parts: Range[] = [];
  let from = r.from;
  for (let i = r.from + 2; i < r.to - 1; i += 1) {
    if (block.quoted[i] === true || block.tokens[i]?.lower !== 'that') continue;
    const joiner = block.tokens[i - 1]?.lower ?? '';
    // "A, and that B" is a second claim, unless that comma closes an aside opened in A ("he would
    // not resign, a concern of his critics, and that ...": one claim with an appositive).
    if (!SPLIT_JOINERS.has(joiner) || (joiner === 'and' && asideCloses(block, from, i - 2)))
      continue;
    parts.push({ from, to: block.tokens[i - 2]?.text === ',' ? i - 2 : i - 1 });
    from = i;
  }
  parts.push({ from, to: r.to });
  return parts;
}

/** Is the token at `comma` a comma that closes an aside opened by an earlier comma in the part? */
function asideCloses(block: BlockModel, from: number, comma: number): boolean {
  if (block.tokens[comma]?.text !== ',') return false;
  for (let k = from; k < comma; k += 1)
    if (block.tokens[k]?.text === ',' && block.quoted[k] !== true) return true;
  return false;
}

function record(
  block: BlockModel,
  clause: Clause,
  r: Range,
  side: 'before' | 'after',
  subjectThat = false,
): RawAttribution | null {
  // A demonstrative "that" opening the claim is its subject and stays.
  const trimmed = subjectThat
    ? { from: r.from, to: trimContent(block, r).to }
    : trimContent(block, r);
  const words = wordCount(block, trimmed);
  const quoted = kindOf(block, trimmed) === 'direct';
  if (words < 2 && !(quoted && words >= 1)) return null;
  const skippedThat = block.tokens[clause.range.to - 1]?.lower === 'that';
  if (side === 'after' && isEmptyClaim(block, trimmed, clause.cue.info.lemma)) return null;
  if (side === 'after' && (joinsNextClause(block, clause, trimmed) || venueOnly(block, trimmed)))
    return null;
  const follower = block.tokens[r.from]?.lower ?? '';
  // "says that is what you can expect": "that" is the claim's subject, not a complementizer.
  if (skippedThat && side === 'after' && r.from === clause.range.to && BE_PAST.has(follower)) {
    const range = { from: clause.range.from, to: clause.range.to - 1 };
    return record(block, { ...clause, range }, { from: r.from - 1, to: r.to }, side, true);
  }
  // "calls that into question": "that" was the object, not a complementizer.
  if (skippedThat && side === 'after' && OBJECT_FOLLOWERS.has(follower)) return null;
  // "has said that more than once": a that-clause has a verb; with none, "that" was the object.
  if (skippedThat && side === 'after' && pronounThat(block, trimmed)) return null;
  const quoteAnywhere = LABEL_LEMMAS.has(clause.cue.info.lemma);
  const needsClause =
    side === 'after' && clause.cue.info.complement !== 'any' && clause.framed !== true;
  const clauseLike =
    skippedThat ||
    clause.framed === true ||
    opensClause(block, r, quoteAnywhere) ||
    complementFits(block, trimmed, clause.cue.info.lemma) ||
    commitmentFits(block, clause, trimmed) ||
    subjectGapFits(block, clause, trimmed);
  const object = !clauseLike && objectClaimFits(block, clause, trimmed);
  if (needsClause && !clauseLike && !object) return null;
  // An object claim ("confessed to the crime and the jury ...") ends before the next clause.
  const objectLike = object || (!clauseLike && isObjectPhrase(block, trimmed, clause.cue));
  const cut =
    side !== 'after'
      ? trimmed
      : clause.cue.judgement === true
        ? cutJudgementTail(block, trimmed)
        : objectLike
          ? cutActTail(block, cutObjectTail(block, trimmed), clause.cue.from)
          : clauseLike
            ? trimmed
            : cutActTail(block, trimmed, clause.cue.from);
  const whole = subjectThat
    ? { from: cut.from, to: trimContent(block, cut).to }
    : trimContent(block, cut);
  const content = quoteAnywhere && side === 'after' ? cutAfterNamingQuote(block, whole) : whole;
  if (wordCount(block, content) < 1 || asksUnquoted(block, content)) return null;
  const claim = sourceClaim(block, clause);
  return rawOver(block, content, {
    kind: kindOf(block, content),
    cue: claim === undefined ? clause.cue : { ...clause.cue, claim },
    speaker: clause.speaker,
    clause: clause.range,
    confidence: side === 'before' ? 0.8 : 0.75,
  });
}

/** Tags of words that cannot open a that-clause's subject ("said that more than once"). */
const ADJUNCT_TAGS = lazySet(() => ['prep', 'adv', 'adj']);
/** Frequency words that open an adjunct whatever their tag ("more than once", "twice"). */
const FREQUENCY_OPENERS = lazySet(() => ['more', 'less', 'once', 'twice']);

/**
 * "has said that more than once", "said that to us": an unquoted stretch after a skipped "that"
 * that opens with an adjunct, not a subject, and has no verb: the "that" was a pronoun object.
 */
function pronounThat(block: BlockModel, r: Range): boolean {
  const opener = ADJUNCT_TAGS.has(block.tags[r.from] ?? 'punct');
  if (!opener && !FREQUENCY_OPENERS.has(block.tokens[r.from]?.lower ?? '')) return false;
  for (let k = r.from; k < r.to; k += 1) if (block.quoted[k] === true) return false;
  return !hasVerb(block, r.from, r.to);
}

/**
 * "Aren't those the things libertarians say they hate?": a claim ending in the author's own
 * question mark is asked, not reported (a quoted question is the speaker's and stays).
 */
function asksUnquoted(block: BlockModel, r: Range): boolean {
  const last = r.to - 1;
  return block.tokens[last]?.text === '?' && block.quoted[last] !== true;
}

/** Records for the claim of `clause` in range `r` on the given side. */
export function contentRecords(
  block: BlockModel,
  clause: Clause,
  r: Range,
  side: 'before' | 'after',
): RawAttribution[] {
  if (side === 'before') {
    const own = afterSingleDash(block, afterSemicolon(block, r));
    const one = record(block, clause, cutCommentAside(block, own), 'before');
    return one === null ? [] : [one];
  }
  // "spending, which Acme says will barely break $1 billion, ...": a relative clause's predicate,
  // whatever the verb takes, as long as that clause.
  const own = trimContent(block, cutAtStrayClose(block, r));
  if (isGapClaim(block, clause, own)) {
    const one = record(block, { ...clause, framed: true }, cutGapClaim(block, own), side);
    return one === null ? [] : [one];
  }
  if (objectGapAfter(block, clause, own)) return [];
  // "according to X": the author states the rest of the sentence on X's word, so no author's
  // tail (", which ...", "; ...") splits it off.
  const sourced = clause.cue.form === 'according';
  const trimmed = cutAuthorTail(
    block,
    cutAuthorClause(block, afterColon(block, skipRestatedSpeaker(block, own))),
    block.tokens[clause.cue.from]?.lower,
    sourced,
  );
  const ended = cutAuthorStance(
    block,
    cutCommentAside(
      block,
      cutAtSecondReport(
        block,
        cutAtSoClause(
          block,
          cutAtClauseEnd(block, cutAtFrontedClauseEnd(block, clause.cue.from, trimmed), !sourced),
        ),
      ),
    ),
  );
  const shaped = cutClosingGloss(block, cutOccasion(block, ended));
  return splitThatClauses(block, shaped)
    .map((part, n) => record(block, clause, part, n === 0 ? side : 'before'))
    .filter((x): x is RawAttribution => x !== null);
}
