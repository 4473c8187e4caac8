/**
 * Stage 6: the clause of a finding verb reduced after its evidence ("earlier studies suggesting
 * that X", "a report showing a rise"). The evidence phrase right before the verb is its subject
 * wherever that phrase stands (after "despite", as an object), and the claim, inside a larger
 * sentence, ends at the first comma: "Despite evidence suggesting that X, a new study finds ...".
 */
import type { Clause } from './content';
import { clauseToComma, commaAfter } from './fronted';
import type { CueHit } from '../3-cues/cues';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { NounPhrase } from '../5-speakers/phrase';
import { lazySet } from '../lexicon/lazy';
import { withAbsoluteAt } from '../3-cues/absolute';
import { bareComplementAt } from './extent';

/** Tags of the words before an evidence noun that belong to its phrase ("its own study"). */
const PREMODIFIERS = lazySet(() => ['det', 'poss', 'adj', 'noun', 'name', 'num']);
/** The most words before the evidence noun that its phrase takes. */
const MAX_PREMODIFIERS = 5;

/**
 * The evidence phrase ending at `head`, whatever the tagger made of the head ("studies" read as a
 * verb): the head and the determiners, possessives, adjectives and nouns right before it.
 */
function evidencePhrase(block: BlockModel, head: number, floor: number): NounPhrase {
  let from = head;
  while (
    from - 1 >= floor &&
    head - from < MAX_PREMODIFIERS &&
    block.quoted[from - 1] !== true &&
    PREMODIFIERS.has(block.tags[from - 1] ?? 'punct')
  )
    from -= 1;
  return { from, to: head + 1, appositive: null, structural: true };
}

/** The clause of a reduced finding verb, its subject the evidence phrase before it. */
export function reducedClause(block: BlockModel, sentence: Sentence, cue: CueHit): Clause {
  const np = evidencePhrase(block, cue.from - 1, sentence.from);
  return clauseToComma(block, cue, np, commaAfter(block, cue.to, sentence.to));
}

/**
 * "..., with forecasters warning that X": the subject of a with-absolute's -ing verb at `cue` is
 * the noun phrase after "with", whatever its head; no source list need know "forecasters".
 */
export function absoluteSubject(
  block: BlockModel,
  cue: number,
  floor: number,
  ceiling: number,
): NounPhrase | null {
  // "with three confirmed diagnoses": only an -ing verb makes the absolute a clause.
  if (block.tokens[cue]?.lower.endsWith('ing') !== true) return null;
  // "with checklists saying nothing about the tour": a subject no list knows must report a clause.
  const clause =
    block.tokens[cue + 1]?.lower === 'that' || bareComplementAt(block, cue + 1, ceiling);
  const w = clause ? withAbsoluteAt(block, cue, floor) : -1;
  return w < 0 ? null : { from: w + 1, to: cue, appositive: null, structural: true };
}
