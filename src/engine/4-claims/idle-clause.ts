/**
 * Stage 6: which attribution clauses of a sentence are really words of another clause's claim.
 * "Rader estimated there are 40,000 walks and runs for charity held each year": "held" takes only
 * a that-clause and finds none, and its "subject" stands inside the claim of "estimated" — so it
 * must not end that claim either.
 */
import type { BlockModel } from '../1-text/model';
import type { NounPhrase } from '../5-speakers/speaker';
import { SUBJECT_PRONOUNS } from '../lexicon/words';
import type { Clause } from './content';

/** Is the phrase a lone subject pronoun ("he", "it")? */
export function isPronoun(block: BlockModel, np: NounPhrase): boolean {
  return np.to - np.from === 1 && SUBJECT_PRONOUNS.has(block.tokens[np.from]?.lower ?? '');
}

/**
 * Is `c`, which yielded no claim, a word inside the claim of `previous`: a clause-taking verb
 * whose named (not pronoun) subject stands after the previous clause, with a word (not a mark)
 * right after the verb? "..., though he noted X" and "X says, 'Q,' and Twitter asks, ..." still
 * end the claim before them.
 */
export function idleInsideClaim(
  block: BlockModel,
  c: Clause,
  previous: Clause | undefined,
): boolean {
  if (previous === undefined || c.speaker.kind !== 'phrase') return false;
  if (c.cue.info.complement === 'any' || isPronoun(block, c.speaker.np)) return false;
  return c.speaker.np.from >= previous.range.to && block.tokens[c.cue.to]?.isWord === true;
}
