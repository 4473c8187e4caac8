/**
 * Stage 5b: a subject with a relative clause that has no relative pronoun (a "contact clause"):
 * "Many of the students I spoke to said ...", "The farmers we interviewed say ...". The pronoun
 * right before the cue's subject slot is the relative clause's subject, not the cue's; the noun
 * phrase before it speaks.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { CONTACT_SUBJECTS } from '../lexicon/words';
import { clauseSubjectLeft } from './chunk';
import { collectLeft, type NounPhrase } from './phrase';

/** Prepositions stranded at the end of the clause ("spoke to", "talked with"). */
const STRANDED = lazySet(() => ['to', 'with', 'about', 'from']);

/**
 * The phrase before a contact clause that ends at `j`, the token before the cue, with the clause
 * as its appositive; else null.
 */
export function subjectBeforeContactClause(
  block: BlockModel,
  j: number,
  floor: number,
): NounPhrase | null {
  let v = j;
  if (STRANDED.has(block.tokens[v]?.lower ?? '')) v -= 1;
  const pronoun = v - 1;
  if (block.tags[v] !== 'verb' || pronoun <= floor) return null;
  if (!CONTACT_SUBJECTS.has(block.tokens[pronoun]?.lower ?? '')) return null;
  if (block.quoted[pronoun] === true || block.tags[pronoun - 1] !== 'noun') return null;
  const np = collectLeft(block, pronoun - 1, floor) ?? clauseSubjectLeft(block, pronoun - 1, floor);
  return np === null ? null : { ...np, appositive: { from: pronoun, to: j + 1 } };
}
