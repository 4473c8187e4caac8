/**
 * Stage 6d, inside clauses: a hedging adverb that stands in a relative or participle clause ("the
 * convict who reportedly died in custody", "pills reportedly bought online") or that is one of two
 * in a sentence ("A reportedly cut 60 jobs and B reportedly cut 200") hedges only the predicate
 * after it. That predicate is the claim the unnamed reports hold; the rest of the sentence is the
 * author's.
 */
import type { RawAttribution } from './content';
import { hedgedRecord } from './hedged-record';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { agentlessSource } from '../lexicon/hedges';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';
import { VERB_FORMS } from '../lexicon/verbs';

/**
 * Hedging adverbs that pass a predicate on from unnamed reports. Not "allegedly": inside a clause
 * ("expelled for allegedly spying") it qualifies a charge the author reports, not a claim.
 */
const PREDICATE_HEDGES = lazySet(() => ['reportedly']);

/** `PREDICATE_HEDGES` as a token's bit: `isHedge` is asked of every token. */
const PREDICATE_HEDGE_CLASS = tokenClass(PREDICATE_HEDGES);

/** Shortest hedged predicate, in words: "reportedly laid off hundreds" is a claim. */
const MIN_WORDS = 3;

/**
 * What closes the predicate: punctuation where an aside, a list or a second clause begins, and
 * "amid", which opens the author's circumstances ("reportedly quit amid speculation that ...").
 */
const CLOSERS = lazySet(() => [',', '(', ';', ':', '—', '–', 'amid']);

/** Coordinators that may open a second hedged clause ("..., and B reportedly cut 200"). */
const COORDINATORS = lazySet(() => ['and', 'but', 'while']);

/** How far after a coordinator a second hedge may sit and still end the first predicate. */
const NEXT_SUBJECT_SPAN = 4;

/** Tags before the adverb that put it inside a noun phrase. */
const NOMINAL_BEFORE = lazySet(() => ['det', 'poss']);

/** Tags the predicate's first word may have: a verb, an auxiliary, or an unknown (noun) word. */
const PREDICATE_TAGS = lazySet(() => ['verb', 'aux', 'noun']);

/**
 * "has reportedly told friends that ...": a reporting verb with a clause or a quotation of its own
 * has its own speaker (its subject), whose record the cue stage makes.
 */
function reportsItsOwnClaim(block: BlockModel, from: number, to: number): boolean {
  if (!VERB_FORMS.has(block.tokens[from]?.lower ?? '')) return false;
  for (let i = from + 1; i < to; i += 1)
    if (block.quoted[i] === true || block.tokens[i]?.lower === 'that') return true;
  return false;
}

function isHedge(block: BlockModel, i: number): boolean {
  return block.quoted[i] !== true && inClass(block.tokens[i], PREDICATE_HEDGE_CLASS);
}

/** Where the predicate that starts at `from` ends: a closer, or a coordinator before the next hedge. */
function predicateEnd(block: BlockModel, s: Sentence, from: number): number {
  for (let i = from; i < s.to; i += 1) {
    if (block.quoted[i] === true) continue;
    const lower = block.tokens[i]?.lower ?? '';
    if (CLOSERS.has(lower)) return i;
    if (!COORDINATORS.has(lower)) continue;
    const last = Math.min(s.to, i + 1 + NEXT_SUBJECT_SPAN);
    for (let k = i + 1; k < last; k += 1) if (isHedge(block, k)) return i;
  }
  return s.to;
}

/**
 * The hedged predicate after the adverb at `i`, or null. It must open with a verb ("reportedly
 * died"), and a participle with its agent ("the $20 reportedly demanded by the owner") names its
 * source, which the passive frames read.
 */
function predicateClaim(block: BlockModel, s: Sentence, i: number): RawAttribution | null {
  // "a reportedly haunted house": after a determiner the adverb qualifies a modifier, not a verb.
  if (NOMINAL_BEFORE.has(block.tags[i - 1] ?? 'punct')) return null;
  let from = i + 1;
  // "reportedly has been training": the auxiliaries belong to the predicate's tense, not its claim.
  while (block.tags[from] === 'aux' && from < s.to - 1) from += 1;
  // An unknown open word is tagged a noun; after a hedging adverb it is a verb ("reportedly laid").
  if (!PREDICATE_TAGS.has(block.tags[from] ?? 'punct')) return null;
  if (block.tokens[from + 1]?.lower === 'by') return null;
  const range = { from, to: predicateEnd(block, s, from) };
  if (reportsItsOwnClaim(block, from, range.to)) return null;
  const lemma = block.tokens[i]?.lower ?? '';
  const hedge = {
    from: i,
    to: i + 1,
    lemma,
    form: 'verb',
    source: agentlessSource(lemma),
  } as const;
  return hedgedRecord(block, range, hedge, MIN_WORDS);
}

/**
 * Records for the hedged predicates of one sentence. `mainHedge` is the token of the hedge the
 * whole-sentence record already reads (or -1): with one hedge in the main clause the sentence is
 * the claim; with two or more, each predicate is its own.
 */
export function hedgedPredicates(
  block: BlockModel,
  s: Sentence,
  mainHedge: number,
): RawAttribution[] {
  const hedges: number[] = [];
  for (let i = s.from; i < s.to; i += 1) if (isHedge(block, i)) hedges.push(i);
  if (hedges.length === 0 || (hedges.length === 1 && hedges[0] === mainHedge)) return [];
  const out: RawAttribution[] = [];
  for (const i of hedges) {
    const claim = predicateClaim(block, s, i);
    if (claim !== null) out.push(claim);
  }
  return out;
}
