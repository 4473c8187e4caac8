/**
 * "..., Ann Roe, PhD, of the state university, and colleagues found.": research news names the lead
 * author with her titles and affiliation, then adds her team with ", and colleagues". The phrase
 * right before the verb is then only "colleagues"; the speaker is the named author before the
 * describing commas, who speaks for the team.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { subjectBeforeAppositives } from './appositive';
import type { NounPhrase } from './phrase';

/** Words for the co-workers a lead author names as "and colleagues". */
// prettier-ignore
const TEAM_WORDS = lazySet(() => [
  'colleagues', 'co-authors', 'coauthors', 'co-workers', 'coworkers', 'collaborators',
]);
/** Possessives that may stand before the team word ("and her colleagues"). */
const POSSESSIVES = lazySet(() => ['his', 'her', 'their']);

/**
 * The named author of ", and colleagues" ending at token `j` (the team word), whose phrase and
 * describing commas run back from the comma before "and"; null when `j` ends no such tail.
 */
export function subjectBeforeColleagues(
  block: BlockModel,
  j: number,
  floor: number,
): NounPhrase | null {
  if (block.quoted[j] === true || !TEAM_WORDS.has(block.tokens[j]?.lower ?? '')) return null;
  let k = j - 1;
  if (POSSESSIVES.has(block.tokens[k]?.lower ?? '')) k -= 1;
  if (block.tokens[k]?.lower !== 'and') return null;
  const comma = k - 1;
  if (comma <= floor || block.tokens[comma]?.text !== ',' || block.quoted[comma] === true)
    return null;
  // "Ann Roe, PhD, of the university, and colleagues": the last comma closes the appositives.
  const np = subjectBeforeAppositives(block, comma, floor);
  return np === null ? null : { ...np, appositive: { from: np.to, to: j + 1 } };
}
