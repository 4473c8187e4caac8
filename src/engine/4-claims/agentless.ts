/**
 * Stage 6d: claims the outlet passes on with no source at all — "The startup reportedly laid off
 * 60 staff", "The founder is said to be a former banker", "A case was reported in the province",
 * "It is understood that talks stalled". The hedge is the attribution: someone other than the
 * author holds the claim, unnamed: reports, rumors, allegations or an unnamed source (lexicon/hedges).
 * The record is only kept when no
 * other record of the sentence already covers the claim (the frame filter in 6-records/article).
 */
import { isDisplayKind } from '../1-text/display';
import { hedgedPredicates } from './agentless-predicate';
import type { RawAttribution } from './content';
import { hedgedRecord } from './hedged-record';
import type { CueHit } from '../3-cues/cues';
import { AGENTLESS_BY_FIRST, agentlessSource, type HedgeEntry } from '../lexicon/hedges';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';

/** Shortest agentless claim, in words: "allegedly" before two words is a description. */
const MIN_WORDS = 5;

function matchesAt(block: BlockModel, i: number, entry: HedgeEntry): boolean {
  for (let k = 0; k < entry.tokens.length; k += 1) {
    if (block.quoted[i + k] === true || block.tokens[i + k]?.lower !== entry.tokens[k])
      return false;
  }
  return true;
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

/** Tags a hedging adverb must stand between: the main clause's subject, then its verb. */
const SUBJECT_TAGS = lazySet(() => ['noun', 'name', 'pron']);
const PREDICATE_TAGS = lazySet(() => ['verb', 'aux']);

/** Is the hedge at `i` (of `length` tokens) the main clause's? */
function inMainClause(block: BlockModel, s: Sentence, i: number, length: number): boolean {
  for (let k = s.from; k < i; k += 1)
    if (CLAUSE_OPENERS.has(block.tokens[k]?.lower ?? '')) return false;
  // "GateHouse reportedly laid off": an adverb between a subject and its verb, not "$20
  // reportedly demanded by" (a participle modifying a number) or "reportedly purchased" alone.
  if (length > 1) return true;
  // "Firm is reportedly being investigated": in a summary line the subject's auxiliary may come
  // first (body prose is left as it was: its hedges there were not measured).
  const display = isDisplayKind(block.kind);
  const subject = display && block.tags[i - 1] === 'aux' ? i - 2 : i - 1;
  return (
    SUBJECT_TAGS.has(block.tags[subject] ?? 'punct') &&
    PREDICATE_TAGS.has(block.tags[i + 1] ?? 'punct')
  );
}

/** Tags after which "is considered" is not a judgement: "was considered for the post", "is considered." */
const NOT_A_PREDICATE = lazySet(() => ['prep', 'punct']);

/**
 * "is considered one of the best": a hedge with no "to" needs its predicate right after it (a
 * noun phrase or an adjective), not a preposition ("was considered for the post").
 */
function takesPredicate(block: BlockModel, i: number, entry: HedgeEntry): boolean {
  if (entry.tokens[entry.tokens.length - 1] !== 'considered') return true;
  return !NOT_A_PREDICATE.has(block.tags[i + entry.tokens.length] ?? 'punct');
}

/** The first agentless hedge of a sentence, as a cue over its tokens, or null. */
function agentlessCue(block: BlockModel, s: Sentence): CueHit | null {
  for (let i = s.from; i < s.to; i += 1) {
    const t = block.tokens[i];
    const entries = t?.isWord === true ? AGENTLESS_BY_FIRST.get(t.lower) : undefined;
    if (entries === undefined) continue;
    for (const entry of entries) {
      if (!matchesAt(block, i, entry) || !takesPredicate(block, i, entry)) continue;
      if (!inMainClause(block, s, i, entry.tokens.length)) return null;
      return {
        from: i,
        to: i + entry.tokens.length,
        info: { lemma: entry.lemma, class: 'hedging', complement: 'any' },
        form: 'verb',
      };
    }
  }
  return null;
}

/** The whole-sentence agentless record under `cue`, or null when too short or all quoted. */
function wholeSentence(block: BlockModel, s: Sentence, cue: CueHit): RawAttribution | null {
  const lemma = cue.info.lemma;
  const hedge = {
    from: cue.from,
    to: cue.to,
    lemma,
    form: 'verb',
    source: agentlessSource(lemma),
  } as const;
  return hedgedRecord(block, { from: s.from, to: s.to }, hedge, MIN_WORDS);
}

/**
 * The agentless records of one sentence: the whole sentence under a main-clause hedge, and the
 * predicates of hedging adverbs inside clauses (or of each adverb, when there are two).
 */
export function agentlessClaims(block: BlockModel, s: Sentence): RawAttribution[] {
  const cue = agentlessCue(block, s);
  const mainAdverb = cue !== null && cue.to - cue.from === 1 ? cue.from : -1;
  const predicates = hedgedPredicates(block, s, mainAdverb);
  // Two hedged adverbs split the sentence into their predicates: neither holds the whole.
  const whole =
    cue === null || (mainAdverb >= 0 && predicates.length > 0)
      ? null
      : wholeSentence(block, s, cue);
  return whole === null ? predicates : [whole, ...predicates];
}
