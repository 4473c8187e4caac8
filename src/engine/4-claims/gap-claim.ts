/**
 * Stage 6: a claim that is the predicate of a relative clause, its subject moved out in front of
 * the attribution: "mobile spending, which EMarketer says will barely break $1 billion, ...", "a
 * trend that analysts say might persist", "a call which replays showed was a charge", "the plan
 * he says will save money". The claim opens with a finite verb and is only as long as the
 * relative clause: it ends at the comma or dash that closes it, not at the sentence's end.
 */
import type { Range } from './clause';
import type { Clause } from './content';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { CLAUSE_RELATIVES } from '../lexicon/words';

/** Marks that close the relative clause inside its sentence. */
const CLOSERS = lazySet(() => [',', ';', '(', '\u2014', '\u2013', '--']);

/** Is the token at `k` a finite verb or auxiliary, the predicate's first word? */
function finiteAt(block: BlockModel, k: number): boolean {
  const tag = block.tags[k];
  const word = block.tokens[k]?.lower ?? '';
  if (block.quoted[k] === true) return false;
  return tag === 'aux' || (tag === 'verb' && !word.endsWith('ing'));
}

/**
 * Is the claim at `r` after the verb of `clause` a subjectless predicate whose subject is the
 * antecedent before the speaker: a relative pronoun or a noun ("the plan he says will ...")
 * right before the speaker phrase?
 */
export function isGapClaim(block: BlockModel, clause: Clause, r: Range): boolean {
  if (clause.speaker.kind !== 'phrase' || clause.side !== 'after' || r.to <= r.from) return false;
  if (block.tokens[clause.range.to - 1]?.lower === 'that' || !finiteAt(block, r.from)) return false;
  // "penalties -- which Moscow supported -- were passed": the relative closed before the claim.
  if (r.from !== clause.range.to) return false;
  const np = clause.speaker.np;
  if (np.appositive !== null) return false;
  const before = np.from - 1;
  if (block.quoted[before] === true) return false;
  const word = block.tokens[before]?.lower ?? '';
  if (CLAUSE_RELATIVES.has(word)) return relativeOnNoun(block, before);
  // "the company he says will help": a contact clause on a noun, with a pronoun subject.
  const tag = block.tags[before];
  const pronoun = np.to - np.from === 1 && block.tags[np.from] === 'pron';
  return pronoun && (tag === 'noun' || tag === 'name');
}

/**
 * Does the relative pronoun at `k` open a clause on a noun? "a trend that analysts say": "that"
 * after a noun, not the complementiser of "argues that villagers feel"; "which" not after a
 * preposition ("the charms of which Smith wrote"), whose clause has no subject moved out.
 */
function relativeOnNoun(block: BlockModel, k: number): boolean {
  const prev = block.tags[k - 1];
  if (block.tokens[k]?.lower === 'that') return prev === 'noun' || prev === 'name';
  return prev !== 'prep';
}

/** The gap claim at `r`, up to the comma, semicolon, bracket or dash that closes its clause. */
export function cutGapClaim(block: BlockModel, r: Range): Range {
  for (let k = r.from + 1; k < r.to; k += 1) {
    if (block.quoted[k] !== true && CLOSERS.has(block.tokens[k]?.text ?? ''))
      return { from: r.from, to: k };
  }
  return r;
}
