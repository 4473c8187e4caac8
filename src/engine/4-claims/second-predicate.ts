/**
 * A reporting verb that is the second predicate of its subject: "The minister visited Athens and
 * praised Greece", and in headlines, which join predicates with a comma, "Fed Lifts Rates, Sees
 * Faster Pace of Hikes". The phrase right before the verb is then the first predicate's object or
 * adjunct ("Athens", "Rates"), not the speaker: the speaker is the sentence's main subject.
 */
import { isDisplayKind } from '../1-text/display';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import { COMMON_VERB_FORMS } from '../lexicon/pos';
import { isHeadlineVerbForm } from '../5-speakers/display-run';
import { speakerRight } from '../5-speakers/phrase';
import { skipAuxLeft, subjectLeft } from '../5-speakers/speaker';
import type { CueHit } from '../3-cues/cues';
import type { Clause } from './content';
import { extendClause } from './extent';
import { AUXILIARIES } from '../lexicon/words';
import type { BlockKind } from '../types';

/** Display lines written in headline style, not in sentences (standfirsts are sentences). */
const HEADLINE_KINDS = lazySet<BlockKind>(() => ['headline', 'crosshead']);
/** Joiners of two predicates of one subject. */
const PREDICATE_JOINERS = lazySet(() => ['and', 'but']);

/**
 * The first finite verb between the sentence start and `to`, after a subject word, unquoted, or
 * -1: "Smith and Jones said" has none before "and"; "Smith visited Athens and said" has one.
 */
function verbBefore(block: BlockModel, from: number, to: number): number {
  for (let k = from; k < to; k += 1) {
    if (block.quoted[k] === true) return -1;
    const t = block.tokens[k];
    const tag = block.tags[k];
    // A clause boundary before the joiner: the verb there is another clause's.
    if (t === undefined || t.text === ':' || t.text === ';' || tag === 'rel' || tag === 'sub')
      return -1;
    if (k === from) continue;
    // "Boeing is one of the companies bidding ..., and confirmed": a finite auxiliary or verb,
    // not a participle inside the first predicate's object.
    if (tag === 'aux' && block.tags[k - 1] !== 'det') return k;
    const finite = !t.lower.endsWith('ing');
    if (finite && (tag === 'verb' || headlineVerb(block, k)) && block.tags[k - 1] !== 'det')
      return k;
  }
  return -1;
}

/**
 * A capitalised finite verb in a headline, which the tagger reads as part of a name ("German
 * Minister Visits"): the forms `display-run.ts` ends a headline's name run before.
 */
function headlineVerb(block: BlockModel, k: number): boolean {
  return isDisplayKind(block.kind) && isHeadlineVerbForm(block.tokens[k]?.lower ?? '');
}

/**
 * Does a speaker phrase fill the rest of the headline after its verb ("Port Faces Hard Winter,
 * Says Harbour Official")? Then the verb is inverted, its speaker after it.
 */
function invertedSpeaker(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const w = block.tokens[k]?.lower ?? '';
    // "Says Repairs Will Take a Year": a verb after it makes a claim, not a speaker.
    if (AUXILIARIES.has(w) || block.tags[k] === 'aux' || block.tags[k] === 'verb') return false;
    if (COMMON_VERB_FORMS.has(w) && !w.endsWith('s') && block.tokens[k]?.cap === true) return false;
  }
  const np = speakerRight(block, from, to);
  return np !== null && np.from === from && np.to >= to;
}

/** A finite form a predicate can take: a past ("praised") or a third-person present ("sees"). */
function finiteForm(word: string, lemma: string): boolean {
  return word !== lemma && !word.endsWith('ing');
}

/**
 * When the joiner at `j` (the token before the cue verb at `cue`, adverbs skipped) makes the verb
 * a second predicate of the sentence's subject — "and"/"but" after a clause with its own verb, or
 * in a headline a comma after one ("China Snubs Khan, Says ...") — the first predicate's verb,
 * whose subject is the speaker; else -1.
 */
function firstPredicateVerb(
  block: BlockModel,
  sentence: Sentence,
  j: number,
  cue: number,
  lemma: string,
): number {
  const joiner = block.tokens[j];
  // Inside a quotation the retold claims are the quoted speaker's business (`2-quotes/inner.ts`).
  if (joiner === undefined || block.quoted[j] === true || block.quoted[cue] === true) return -1;
  if (j <= sentence.from + 1) return -1;
  const word = block.tokens[cue]?.lower ?? '';
  if (!finiteForm(word, lemma)) return -1;
  // "had fewer colds and confirmed infections": a participle before a bare noun is its adjective,
  // one of two coordinated objects, not a second predicate.
  if (word.endsWith('ed') && block.tags[cue + 1] === 'noun') return -1;
  // Headlines join predicates with a comma; elsewhere a comma before the verb is an inversion's
  // (", says a new report") and a headline's verb before a determiner has its speaker after it.
  const comma =
    joiner.text === ',' &&
    HEADLINE_KINDS.has(block.kind) &&
    j === cue - 1 &&
    !invertedSpeaker(block, cue + 1, sentence.to);
  if (!comma && !PREDICATE_JOINERS.has(joiner.lower)) return -1;
  return verbBefore(block, sentence.from, j);
}

/**
 * The clause of a cue verb that is its subject's second predicate, the speaker being the first
 * predicate's subject ("The minister visited Athens and praised ..."), or null.
 */
export function secondPredicateClause(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
): Clause | null {
  const joinAt = skipAuxLeft(block, cue.from - 1, sentence.from);
  const first = firstPredicateVerb(block, sentence, joinAt, cue.from, cue.info.lemma);
  const np = first < 0 ? null : subjectLeft(block, first, sentence.from);
  if (np === null) return null;
  return {
    cue,
    speaker: { kind: 'phrase', block: block.index, np },
    range: { from: joinAt, to: extendClause(block, cue, sentence.to) },
    side: 'after',
  };
}
