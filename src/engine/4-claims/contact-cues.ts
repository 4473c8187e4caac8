/**
 * Stage 6: "The students we spoke to said ...": a cue verb inside the contact clause that
 * describes another cue's speaker ("we spoke to") reports nothing; only the outer cue does.
 */
import type { BlockModel } from '../1-text/model';
import { SUBJECT_PRONOUNS } from '../lexicon/words';
import type { Clause } from './content';

/** The clauses whose cue is not the verb of a contact clause on another clause's speaker. */
export function withoutContactClauses(
  block: BlockModel,
  clauses: readonly Clause[],
): readonly Clause[] {
  // Most sentences hold one clause: nothing can describe another's speaker.
  if (clauses.length < 2) return clauses;
  const described = clauses.flatMap((c) =>
    c.speaker.kind === 'phrase' && c.speaker.np.appositive !== null
      ? [c.speaker.np.appositive]
      : [],
  );
  if (described.length === 0) return clauses;
  return clauses.filter((c) => !described.some((a) => contactVerb(block, c, a)));
}

/** Is `c` the clause of a pronoun subject and verb that open the description `a`? */
function contactVerb(block: BlockModel, c: Clause, a: { from: number; to: number }): boolean {
  if (c.speaker.kind !== 'phrase' || a.from >= c.cue.from || c.cue.to > a.to) return false;
  const { np } = c.speaker;
  const pronoun = block.tokens[np.from]?.lower ?? '';
  return np.from === a.from && np.to === np.from + 1 && SUBJECT_PRONOUNS.has(pronoun);
}
