/**
 * Stage 6: turn the cues of one sentence into raw attributions. Each cue gets an attribution clause
 * (speaker phrase + cue + addressee/extension) and its content is the text before the clause
 * ('"...," X said'), after it ("X said (that) ..."), or both when the clause interrupts the claim.
 */
import { kindOf, opensStatement, trimContent, wordCount, type Range } from './clause';
import { contentRecords, type Clause, type RawAttribution } from './content';
import { findCues, type CueHit } from '../3-cues/cues';
import { backReference } from './according';
import { nominalClause } from './nominal-clause';
import { renamedSpeaker } from './named-after';
import { asFrame } from './asclause';
import { participleClause } from './fronted';
import { interruptedRecords } from './interrupted';
import { conditionRecords } from './fronted-condition';
import { quoteInitialClause } from './quote-initial';
import { subordinateFrame } from './subframe';
import { titleListStart } from './titles';
import { evidenceSubject } from './evidence';
import { postModifiedEvidence, preferPostModified } from './evidence-head';
import { relativeEvidenceSubject } from './relative-evidence';
import { relativeClaimEnd } from './relative-end';
import { absoluteSubject, reducedClause } from './reduced';
import { bareComplementAt, extendClause, isCommaLike, isOpeningQuote } from './extent';
import { closingAdjunctAt } from './closing-adjunct';
import { withoutColonAdjuncts } from './colon-adjunct';
import { quotedAsClause } from './quoted-as';
import { closesQuotation } from './quote-closed';
import { INVERSION_VERBS } from '../lexicon/inversion';
import { SUBJECT_PRONOUNS } from '../lexicon/words';
import { isAdverbialOpener } from './openers';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { skipAuxLeft, speakerRight, subjectLeft } from '../5-speakers/speaker';
import { judgingRelativeSubject } from '../5-speakers/judging-relative';
import {
  embeddedBelief,
  FIRST_PERSON,
  isJoined,
  isNegated,
  negationStart,
  pluralEnough,
  SUBORDINATORS,
  trailingQuote,
} from '../3-cues/guards';
import { coordinateClause } from './coordinate';
import { secondPredicateClause } from './second-predicate';
import { licensedOwnVoice } from './own-voice';
import { withoutContactClauses } from './contact-cues';
import { idleInsideClaim, isPronoun } from './idle-clause';

export type { RawAttribution, SpeakerRef } from './content';

function verbClause(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
  previous: Clause | undefined,
  ownVoiceFrom: number,
): Clause | null {
  const b = block.index;
  if (cue.quoteInitial === true) return quoteInitialClause(block, sentence, cue);
  if (cue.reduced === true) return reducedClause(block, sentence, cue);
  // "The paper quoted officials as saying ...": the object speaks.
  const quotedAs = quotedAsClause(block, sentence, cue);
  if (quotedAs !== undefined) return quotedAs;
  if (isNegated(block, cue.from, sentence.from)) return null;
  const pluralVerb = block.tokens[cue.from]?.lower === cue.info.lemma;
  // "The researchers don't think ...": the subject stands before the negation.
  const subjectEnd = negationStart(block, cue.from, sentence.from);
  // "The minister visited Athens and praised Greece": the subject's second predicate.
  const shared = previous === undefined ? secondPredicateClause(block, sentence, cue) : null;
  if (shared !== null) return shared;
  const left = preferPostModified(
    block,
    postModifiedEvidence(block, cue, sentence),
    subjectLeft(block, subjectEnd, sentence.from, pluralVerb) ??
      (cue.judgement === true ? judgingRelativeSubject(block, cue.from, sentence.from) : null) ??
      evidenceSubject(block, cue, sentence) ??
      relativeEvidenceSubject(block, cue, sentence) ??
      absoluteSubject(block, cue.from, sentence.from, sentence.to),
  );
  if (left !== null) {
    const framed = asFrame(block, sentence, cue, left);
    if (framed !== undefined) return framed;
    const subordinate = subordinateFrame(block, sentence, cue, left);
    if (subordinate === null) return null;
    const np = subordinate?.speaker.kind === 'phrase' ? subordinate.speaker.np : left;
    const head = block.tokens[np.to - 1]?.lower ?? '';
    const opener = block.tokens[np.from]?.lower ?? '';
    const own = licensedOwnVoice(block, cue, np.from, np.to, ownVoiceFrom);
    if (
      (!own && (FIRST_PERSON.has(head) || FIRST_PERSON.has(opener))) ||
      // "Most of us don't believe ...": a speaker's own rhetoric, not a group's view.
      (subjectEnd < cue.from && head === 'us') ||
      SUBORDINATORS.has(opener) ||
      !pluralEnough(block, cue, np) ||
      embeddedBelief(block, cue, np)
    )
      return null;
    if (subordinate !== undefined) return subordinate;
    const relative = block.tokens[skipAuxLeft(block, cue.from - 1, sentence.from)]?.lower;
    if (relative === 'who' || relative === 'which') {
      // "the source, who said he had spoken to people inside, told Reuters": a claim inside commas.
      const end = relativeClaimEnd(block, sentence, cue.to, left.from <= sentence.from);
      return {
        cue,
        speaker: { kind: 'phrase', block: b, np: left },
        range: { from: cue.from, to: extendClause(block, cue, end) },
        side: 'after',
        contentEnd: end,
      };
    }
    const to = extendClause(block, cue, sentence.to);
    const start = titleListStart(
      block,
      Math.min(
        left.also?.[0]?.from ?? left.from,
        left.appositive !== null && left.appositive.from < left.from
          ? left.appositive.from
          : left.from,
      ),
      sentence.from,
    );
    // "REED: Despite the cut, Smith ...": a label before a colon is no part of the lead.
    const lead: Range = { from: afterColon(block, sentence.from, start), to: start };
    // Clause-taking verbs ("added", "noted") interrupt a claim only at its end.
    const next = block.tokens[to];
    const claimFollows = wordCount(block, trimContent(block, { from: to, to: sentence.to })) >= 3;
    // "In a blog post published Thursday, Askar said X": an opening adverbial, the claim follows.
    // "Whatever the definition, VW says that ...": an explicit "that" puts the claim after, and an
    // unquoted lead before the subject is then the author's framing.
    // "..., but this time around, he said he will save it": a clause right after the verb, with
    // no "that", is its complement just the same.
    const that =
      next?.lower === 'that' ||
      block.tokens[to - 1]?.lower === 'that' ||
      (block.quoted[cue.from] !== true && bareComplementAt(block, to, sentence.to));
    // "He said that by doing so, the administration hoped to make ...": the infinitive is its claim.
    const infinitive = next?.lower === 'to' && block.tags[to + 1] === 'verb';
    // A lead with only a scare-quoted word in it ("Because users can be “creators,” X says he
    // ...") is the author's framing as an unquoted one is.
    const thatFollows = (that || infinitive) && claimFollows && authorLead(block, lead);
    // "Schiff never expected it — Democrats expected secrecy": an unquoted clause before a dash
    // is the author's own when the verb has its claim after it.
    const dashed =
      block.tokens[start - 1]?.text === '\u2014' &&
      claimFollows &&
      kindOf(block, lead) === 'indirect';
    // 'Roe, director of research, Acme, said "We ...': a quotation opening right after the verb
    // is its claim; the unquoted words before the subject describe the speaker.
    const quoteFollows =
      opensStatement(block, to) || (next?.text === ',' && opensStatement(block, to + 1));
    const before =
      next?.text !== ':' &&
      !thatFollows &&
      !(quoteFollows && kindOf(block, lead) === 'indirect') &&
      !dashed &&
      isCommaLike(block, start - 1) &&
      wordCount(block, lead) >= 1 &&
      !(isAdverbialOpener(block, lead) && claimFollows);
    const closesHere =
      next === undefined ||
      to >= sentence.to ||
      [',', '.', ';', ':', '!', '?', '\u2014'].includes(next.text) ||
      closingAdjunctAt(block, to, sentence.to);
    // A parenthetical "X added" / "the newspaper reported" is followed by a comma or the end.
    const clauseVerbMidSentence =
      cue.info.complement !== 'any' && !closesHere && kindOf(block, lead) === 'indirect';
    if (before && clauseVerbMidSentence) return null;
    return {
      cue,
      speaker: { kind: 'phrase', block: b, np: left },
      range: { from: start, to },
      side: before ? 'both' : 'after',
      coordinate: isJoined(block, start),
    };
  }
  const j = skipAuxLeft(block, cue.from - 1, sentence.from);
  // "X condemned the attack and said ...": the verb shares the earlier subject.
  const joiner = block.tokens[j]?.lower;
  if (previous !== undefined && (joiner === 'and' || joiner === 'but') && j > previous.range.from)
    return coordinateClause(block, sentence, cue, previous, j);
  // "Uber stepped in and tweeted ...", "Lee thanked them but warned ...": the subject's verb.
  if (previous === undefined && (joiner === 'and' || joiner === 'but') && j > sentence.from + 1) {
    return {
      cue,
      speaker: { kind: 'main-subject', block: b, sentence },
      range: { from: j, to: extendClause(block, cue, sentence.to) },
      side: 'after',
    };
  }
  const prev = cue.from - 1;
  if (
    prev >= sentence.from &&
    !isCommaLike(block, prev) &&
    !isOpeningQuote(block, sentence, prev) &&
    !(INVERSION_VERBS.has(cue.info.lemma) && closesQuotation(block, prev))
  )
    return null;
  // "German Minister Visits, Praises Greece": only a verb of saying comes before its speaker; after
  // any other the phrase is its object. Right after a quotation the manner of saying is open-ended
  // ('"...," laughed the coach').
  if (!INVERSION_VERBS.has(cue.info.lemma) && !quoteBefore(block, prev)) return null;
  // "Mayor Visits Bridge, Says It Will Reopen": a pronoun and more words after the verb are its
  // own claim's subject, the verb sharing the subject before the comma; no speaker follows.
  if (pronounClauseAfter(block, cue.to, sentence.to)) return null;
  const found = speakerRight(block, cue.to, sentence.to);
  if (found === null) return null;
  const right = renamedSpeaker(block, found, sentence.to);
  return {
    cue,
    speaker: { kind: 'phrase', block: b, np: right },
    range: { from: cue.from, to: right.to },
    side: 'both',
    // "..., said X": a named speaker after a reporting verb (not "was skeptical it ...", not an
    // imperative stance verb: "—think Donald Trump rather than ...").
    inverted:
      block.quoted[cue.from] !== true && cue.info.class !== 'stance' && !isPronoun(block, right),
  };
}

/** Does a subject pronoun open a clause at `k` ("Says It Will Reopen"), not end the sentence? */
function pronounClauseAfter(block: BlockModel, k: number, to: number): boolean {
  if (block.quoted[k] === true || !SUBJECT_PRONOUNS.has(block.tokens[k]?.lower ?? '')) return false;
  return k + 1 < to && block.tokens[k + 1]?.isWord === true;
}

/** Does a quotation close at the comma-like token `prev`, or just before it ('"...," said')? */
function quoteBefore(block: BlockModel, prev: number): boolean {
  return block.quoted[prev] === true || block.quoted[prev - 1] === true;
}

/** Is the lead unquoted, or quoted only in a word or two of a longer stretch? */
function authorLead(block: BlockModel, lead: Range): boolean {
  const kind = kindOf(block, lead);
  if (kind === 'indirect') return true;
  if (kind === 'direct' || block.quoted[lead.from] === true) return false;
  let quoted = 0;
  for (let k = lead.from; k < lead.to; k += 1)
    if (block.quoted[k] === true && block.tokens[k]?.isWord === true) quoted += 1;
  return quoted <= 2 && wordCount(block, lead) >= 4 * quoted;
}

/** The first token after the last unquoted colon in `[from, to)`, or `from`. */
function afterColon(block: BlockModel, from: number, to: number): number {
  for (let k = to - 1; k > from; k -= 1)
    if (block.tokens[k]?.text === ':' && block.quoted[k] !== true) return k + 1;
  return from;
}

function clauseFor(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
  previous: Clause | undefined,
  ownVoiceFrom: number,
): Clause | null {
  if (cue.form === 'according' || cue.form === 'noun') return nominalClause(block, sentence, cue);
  if (cue.form === 'participle') return participleClause(block, sentence, cue);
  return verbClause(block, sentence, cue, previous, ownVoiceFrom);
}

/** The first clause from `from` on that bounds the claim of the clause before it. */
function nextBoundary(clauses: readonly Clause[], from: number): Clause | undefined {
  for (let i = from; i < clauses.length; i += 1) {
    const c = clauses[i];
    if (c === undefined) continue;
    if (c.side === 'both' || c.speaker.kind === 'main-subject' || c.coordinate === true) return c;
  }
  return undefined;
}

/**
 * Raw attributions of one sentence. `ownVoiceFrom`: the token from which "I said" is a source's
 * (an interviewee's answer, `own-voice.ts`); by default nowhere.
 */
export function sentenceAttributions(
  block: BlockModel,
  sentence: Sentence,
  ownVoiceFrom = Number.POSITIVE_INFINITY,
): RawAttribution[] {
  const found: Clause[] = [];
  for (const cue of findCues(block, sentence)) {
    const clause = clauseFor(block, sentence, cue, found[found.length - 1], ownVoiceFrom);
    if (clause !== null) found.push(clause);
  }
  const all = withoutContactClauses(block, withoutSourceNouns(found));
  const first = recordsPerClause(block, sentence, all);
  // "estimated there are 40,000 walks and runs for charity held each year": a clause that yields
  // no claim of its own (here "held" with no that-clause) bounds nobody else's claim either.
  const idle = (c: Clause, n: number) =>
    first[n]?.length === 0 && idleInsideClaim(block, c, all[n - 1]);
  const clauses = all.some(idle) ? all.filter((c, n) => !idle(c, n)) : all;
  const out = joined(clauses === all ? first : recordsPerClause(block, sentence, clauses));
  // "That's according to a new survey.": the sentence before is the claim.
  const back = out.length === 0 ? backReference(block, sentence) : null;
  return back === null ? withoutColonAdjuncts(block, sentence, out) : [back];
}

/**
 * The lists one after another, as `lists.flat()` gives them: a plain loop, because `flat` is a
 * generic (and slow) path in V8 and this runs for every sentence of the article.
 */
function joined<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}

/**
 * "According to the agency reports, ...": a verb cue inside the source phrase of "according to"
 * is the source's head noun ("reports", "estimates"), not a second clause.
 */
function withoutSourceNouns(found: Clause[]): Clause[] {
  const sources = found.filter((c) => c.cue.form === 'according' && c.speaker.kind === 'phrase');
  if (sources.length === 0) return found;
  return found.filter(
    (c) =>
      c.cue.form !== 'verb' ||
      !sources.some(
        (a) =>
          a.speaker.kind === 'phrase' &&
          a.speaker.np.from <= c.cue.from &&
          c.cue.from < a.speaker.np.to,
      ),
  );
}

/** The records of each clause, its claim bounded by its neighbours. */
function recordsPerClause(
  block: BlockModel,
  sentence: Sentence,
  clauses: readonly Clause[],
): RawAttribution[][] {
  return clauses.map((clause, n) => {
    const previous = clauses[n - 1];
    const following = nextBoundary(clauses, n + 1);
    const limit = clause.contentEnd;
    const afterTo = limit ?? (following !== undefined ? following.range.from : sentence.to);
    const beforeFrom =
      previous !== undefined && previous.side === 'both' ? previous.range.to : sentence.from;
    const before: Range =
      previous === undefined
        ? { from: beforeFrom, to: clause.range.from }
        : trailingQuote(block, { from: beforeFrom, to: clause.range.from });
    const after: Range = { from: clause.range.to, to: afterTo };
    return clause.side === 'after'
      ? [
          ...conditionRecords(block, clause, before),
          ...contentRecords(block, clause, after, 'after'),
        ]
      : interruptedRecords(block, clause, before, after, afterTo);
  });
}
