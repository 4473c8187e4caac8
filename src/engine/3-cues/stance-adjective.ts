/**
 * Stage 4 helper: where the copula of a stance adjective stands. "Scientists are sure that ...",
 * and as often with a degree or time adverb between: "are pretty sure that", "were once
 * convinced that", "is increasingly confident the deal will hold". The cue runs from the copula,
 * so the subject is read to its left as for any verb.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { STANCE_DEGREE_WORDS } from '../lexicon/verbs';

const BE_FORMS = lazySet(() => ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
/** Adverbs that deny the adjective rather than grade it. */
const NEGATORS = lazySet(() => ['not', "n't", 'never', 'hardly', 'scarcely', 'no', 'nowhere']);
/** Subjects that hold no view: "it is certain that", "there is no doubt". */
const EXPLETIVES = lazySet(() => ['it', 'there', 'this', 'that']);

/**
 * The index of the "be" before the stance adjective at `i` — right before it, or before one
 * adverb ("pretty", "once", "still") — or -1 when no copula links it to a subject that can hold
 * a view.
 */
export function stanceCopulaAt(block: BlockModel, i: number, floor: number): number {
  const copula = copulaBefore(block, i, floor);
  // "It is certain that the vote will pass": an expletive subject; the author judges.
  if (copula < 0 || EXPLETIVES.has(block.tokens[copula - 1]?.lower ?? '')) return -1;
  return copula;
}

function copulaBefore(block: BlockModel, i: number, floor: number): number {
  if (i - 1 >= floor && BE_FORMS.has(block.tokens[i - 1]?.lower ?? '')) return i - 1;
  const word = block.tokens[i - 1]?.lower ?? '';
  // "were not sure": a negation is no degree; the view is denied, not held.
  if (NEGATORS.has(word)) return -1;
  const degree = block.tags[i - 1] === 'adv' || STANCE_DEGREE_WORDS.has(word);
  if (!degree || block.quoted[i - 1] === true || i - 2 < floor) return -1;
  return BE_FORMS.has(block.tokens[i - 2]?.lower ?? '') ? i - 2 : -1;
}

/** Marks that set off an adjective phrase of the main clause (", worried that ..."). */
const ADJUNCT_LINKS = lazySet(() => [',', '\u2014', '\u2013']);

/**
 * "Elop chose Windows, worried that Android would be dominated by one maker": a stance adjective
 * set off after the main clause, with its "that", is the main subject's view, as ", saying" is
 * its speech. Without "that" ("..., worried about the cost") no claim is stated.
 */
export function adjunctStance(block: BlockModel, i: number, floor: number): boolean {
  return (
    i - 1 > floor &&
    ADJUNCT_LINKS.has(block.tokens[i - 1]?.text ?? '') &&
    block.quoted[i - 1] !== true &&
    block.tokens[i + 1]?.lower === 'that' &&
    block.quoted[i + 1] !== true
  );
}
