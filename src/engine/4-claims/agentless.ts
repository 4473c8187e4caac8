/**
 * Stage 6d: claims the outlet passes on with no source at all — "The startup reportedly laid off
 * 60 staff", "The founder is said to be a former banker", "A case was reported in the province",
 * "It is understood that talks stalled". The hedge is the attribution: someone other than the
 * author holds the claim, unnamed: reports, rumors, allegations or an unnamed source (lexicon/hedges).
 * The record is only kept when no
 * other record of the sentence already covers the claim (the frame filter in 6-records/article).
 */
import { hedgedPredicates } from './agentless-predicate';
import type { RawAttribution } from './content';
import { commaAfter } from './fronted';
import { hedgedClause } from './hedged-clause';
import { adverbAfterSubject, afterFrontedClause } from './hedge-subject';
import { hedgedRecord } from './hedged-record';
import type { CueHit } from '../3-cues/cues';
import { PASSIVE_FRAMES } from '../lexicon/frames';
import { AGENTLESS_BY_FIRST, agentlessSource, type HedgeEntry } from '../lexicon/hedges';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** The first words of agentless hedges as a token's bit: `agentlessCue` asks it of every token. */
const AGENTLESS_CLASS = tokenClass(AGENTLESS_BY_FIRST);

/** Shortest agentless claim, in words: "allegedly" before two words is a description. */
const MIN_WORDS = 5;

/** Auxiliaries after which one adverb may stand inside the hedge ("is widely regarded as"). */
const ADVERB_HOSTS = lazySet(() => ['is', 'are', 'was', 'were', 'been']);

/**
 * Where `entry` matched at `i` ends, or -1. One adverb may follow a be-form ("is now considered",
 * "was not expected to", "had been previously considered").
 */
function matchEnd(block: BlockModel, i: number, entry: HedgeEntry): number {
  let at = i;
  for (let k = 0; k < entry.tokens.length; k += 1, at += 1) {
    if (block.quoted[at] === true || block.tokens[at]?.lower !== entry.tokens[k]) return -1;
    const adverb = k < entry.tokens.length - 1 && block.tags[at + 1] === 'adv';
    if (adverb && ADVERB_HOSTS.has(entry.tokens[k] ?? '')) at += 1;
  }
  return at;
}

/**
 * Words that open a clause inside the sentence: a hedge after one belongs to that clause ("the
 * convict who reportedly died", "as its drivers reportedly are"), not to the sentence's claim.
 */
// prettier-ignore
const CLAUSE_OPENERS = lazySet(() => [
  'who', 'which', 'that', 'whose', 'when', 'while', 'as', 'if', 'because', 'since', 'after',
  'before', 'although', 'though', 'whether', 'where', 'until', 'unless',
]);

/** Tags of a verb: one in a relative clause closes it before a later hedge. */
const PREDICATE_TAGS = lazySet(() => ['verb', 'aux']);

/** Is the token at `k` a word that opens a clause ("where", "which"; not "that" as a determiner)? */
function opensClauseAt(block: BlockModel, k: number): boolean {
  if (!CLAUSE_OPENERS.has(block.tokens[k]?.lower ?? '')) return false;
  return block.tokens[k]?.lower !== 'that' || block.tags[k] !== 'det';
}

/** Is the hedge at `i` (of `length` tokens) the main clause's? */
function inMainClause(block: BlockModel, s: Sentence, i: number, length: number): boolean {
  // "When he left the firm, Smith allegedly took ...": a lone adverb after a fronted clause.
  const fronted = length === 1 && opensClauseAt(block, s.from);
  const from = fronted ? afterFrontedClause(block, s, i) : s.from;
  if (from < 0) return false;
  for (let k = from; k < i; k += 1) if (opensClauseAt(block, k)) return false;
  // "GateHouse reportedly laid off": an adverb between a subject and its verb, not "$20
  // reportedly demanded by" (a participle modifying a number) or "reportedly purchased" alone.
  if (length > 1) return true;
  // "Firm is reportedly being investigated", "Smith also allegedly took": see hedge-subject.ts.
  return adverbAfterSubject(block, s, i);
}

/** Relatives whose clause, once it has a verb of its own, has closed before a later hedge. */
const RELATIVE_OPENERS = lazySet(() => ['who', 'which', 'that']);

/**
 * Where the subordinate clause holding the passive hedge at `i` starts, or -1: right after its
 * opener ("where the water was expected to peak", "at which donors are expected to pledge"), when
 * a subject stands between them and no comma or verb of the opener's own clause does. With no
 * subject of its own ("which is expected to") the passive describes the noun before it.
 */
function subordinateStart(block: BlockModel, s: Sentence, i: number): number {
  let k = i - 1;
  while (k >= s.from && !opensClauseAt(block, k)) k -= 1;
  if (k < s.from || k + 1 >= i) return -1;
  const relative = RELATIVE_OPENERS.has(block.tokens[k]?.lower ?? '');
  // "After a strong season, the pitcher is expected to ...": a fronted clause closed by a comma
  // leaves the hedge in the main clause after it.
  let comma = -1;
  for (let j = k + 1; j < i; j += 1) {
    if (block.quoted[j] === true) return -1;
    if (block.tokens[j]?.text === ',') comma = j;
    else if (relative && comma < 0 && PREDICATE_TAGS.has(block.tags[j] ?? 'punct')) return -1;
  }
  if (comma >= 0) return relative || comma + 1 >= i ? -1 : comma + 1;
  return k + 1;
}

/** Tags after which "is considered" is not a judgement: "was considered for the post", "is considered." */
const NOT_A_PREDICATE = lazySet(() => ['prep', 'punct']);

/** How far after an impersonal hedge its "that" may stand ("it was announced on Monday that"). */
const CLAUSE_SPAN = 6;

/**
 * Does what follows the hedge ending at `end` complete it? "is considered one of the best" needs
 * its predicate right after it (a noun phrase, an adjective, or "to be"), not a preposition ("was
 * considered for the post"); "it was announced" needs its "that" clause, unbroken by a comma.
 */
function completes(block: BlockModel, end: number, entry: HedgeEntry): boolean {
  if (entry.predicate === true) {
    const next = block.tokens[end]?.lower ?? '';
    const considered = entry.tokens[entry.tokens.length - 1] === 'considered';
    return (considered && next === 'to') || !NOT_A_PREDICATE.has(block.tags[end] ?? 'punct');
  }
  // "was described as unprecedented": a one-word label describes; a claim needs a phrase.
  if (entry.tokens[entry.tokens.length - 1] === 'as')
    return block.tokens[end]?.isWord === true && block.tokens[end + 1]?.isWord === true;
  if (entry.clause !== true) return true;
  for (let k = end; k < end + CLAUSE_SPAN; k += 1) {
    const lower = block.tokens[k]?.lower ?? '';
    if (lower === 'that') return true;
    if (block.tags[k] === 'punct') return false;
  }
  return false;
}

/**
 * "has been described as 'heartbreaking' by the department": a judging participle with a "by"
 * agent names its source, whose record the passive frame (frames.ts) makes.
 */
function agentNamed(block: BlockModel, s: Sentence, end: number, entry: HedgeEntry): boolean {
  if (!entry.tokens.some((t) => PASSIVE_FRAMES.has(t))) return false;
  for (let i = end; i < s.to; i += 1)
    if (block.quoted[i] !== true && block.tokens[i]?.lower === 'by') return true;
  return false;
}

/**
 * "much higher than what is predicted to result from ...", "than was thought": a hedge that is
 * the standard of the author's comparison, not a claim passed on.
 */
function inComparison(block: BlockModel, i: number): boolean {
  const before = block.tokens[i - 1]?.lower;
  return before === 'than' || (before === 'what' && block.tokens[i - 2]?.lower === 'than');
}

/** An agentless hedge as a cue, and where the clause holding its claim may start at the earliest. */
interface AgentlessCue {
  cue: CueHit;
  clauseFrom: number;
}

/** The first agentless hedge of a sentence, as a cue over its tokens, or null. */
function agentlessCue(block: BlockModel, s: Sentence): AgentlessCue | null {
  for (let i = s.from; i < s.to; i += 1) {
    const t = block.tokens[i];
    const entries =
      t?.isWord === true && inClass(t, AGENTLESS_CLASS)
        ? AGENTLESS_BY_FIRST.get(t.lower)
        : undefined;
    if (entries === undefined || inComparison(block, i)) continue;
    for (const entry of entries) {
      const end = matchEnd(block, i, entry);
      if (end < 0 || !completes(block, end, entry)) continue;
      if (agentNamed(block, s, end, entry)) return null;
      const cue: CueHit = {
        from: i,
        to: end,
        info: { lemma: entry.lemma, class: 'hedging', complement: 'any' },
        form: 'verb',
      };
      if (inMainClause(block, s, i, entry.tokens.length)) return { cue, clauseFrom: s.from };
      // "where the river was expected to peak": a passive with its own subject inside a
      // subordinate clause holds that clause.
      const from = entry.tokens.length > 1 ? subordinateStart(block, s, i) : -1;
      return from < 0 ? null : { cue, clauseFrom: from };
    }
  }
  return null;
}

/** The token after the first "that" in `[from, to)`, or `from`. */
function afterThat(block: BlockModel, from: number, to: number): number {
  for (let i = from; i < to; i += 1) if (block.tokens[i]?.lower === 'that') return i + 1;
  return from;
}

/** The whole-sentence agentless record under `cue`, or null when too short or all quoted. */
function wholeSentence(
  block: BlockModel,
  s: Sentence,
  { cue, clauseFrom }: AgentlessCue,
): RawAttribution | null {
  const lemma = cue.info.lemma;
  const hedge = {
    from: cue.from,
    to: cue.to,
    lemma,
    form: 'verb',
    source: agentlessSource(lemma),
  } as const;
  const clause = hedgedClause(block, s, cue.from, cue.to);
  // A subordinate clause set off inside the sentence ends at its closing comma.
  if (clauseFrom > clause.from) {
    clause.from = clauseFrom;
    clause.to = commaAfter(block, cue.to, clause.to);
  }
  // "It was announced on Monday that X": the impersonal passive's claim is the "that" clause.
  if (block.tokens[cue.from]?.lower === 'it') clause.from = afterThat(block, cue.to, clause.to);
  return hedgedRecord(block, clause, hedge, MIN_WORDS);
}

/**
 * The agentless records of one sentence: the whole sentence under a main-clause hedge, and the
 * predicates of hedging adverbs inside clauses (or of each adverb, when there are two).
 */
export function agentlessClaims(block: BlockModel, s: Sentence): RawAttribution[] {
  const cue = agentlessCue(block, s);
  const mainAdverb = cue !== null && cue.cue.to - cue.cue.from === 1 ? cue.cue.from : -1;
  const predicates = hedgedPredicates(block, s, mainAdverb);
  // Two hedged adverbs split the sentence into their predicates: neither holds the whole.
  const whole =
    cue === null || (mainAdverb >= 0 && predicates.length > 0)
      ? null
      : wholeSentence(block, s, cue);
  return whole === null ? predicates : [whole, ...predicates];
}
