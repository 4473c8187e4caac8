/**
 * Subjects located by a place: "The BBC's Jo Reed in Kabul says", "Dr Ann Roe from the museum in
 * Leeds, UK, said". The place after "in" (or "near", "from") only says where the speaker is; the
 * phrase that opens the sentence speaks, so the place must never become the source.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { collectLeft, type NounPhrase } from './phrase';

/**
 * Prepositions that tie a speaker to an institution ("Ann Roe from the museum", "a chemist at
 * the lab") and that a noun phrase does not cross on its own.
 */
const AFFILIATION_PREPS = lazySet(() => ['from', 'at', 'with', 'for', 'of']);

/** Compass bearings that place a thing relative to a place ("north of Vienna"). */
const BEARINGS = lazySet(() => [
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/**
 * "the town of Korneuburg just north of Vienna reported": a bearing from a place only says where
 * the phrase before it lies, so that phrase (an adverb such as "just" between) is the subject.
 */
function bearingOf(block: BlockModel, near: NounPhrase, floor: number): NounPhrase | null {
  const word = block.tokens[near.from]?.lower ?? '';
  if (!BEARINGS.has(word) || block.tokens[near.from + 1]?.lower !== 'of') return null;
  let k = near.from - 1;
  while (k > floor && block.tags[k] === 'adv') k -= 1;
  const np = collectLeft(block, k, floor);
  return np === null ? null : { ...np, appositive: { from: np.to, to: near.to } };
}

/** Most affiliation hops walked back from the place to the opening phrase. */
const MAX_HOPS = 3;

/**
 * The sentence-opening phrase that the place after the locative at `at` locates, walking back
 * over affiliations ("Dr Ann Roe from the Field Museum in ..."). The phrase must open the
 * clause at `floor`, so a place inside an object ("the minister met staff in Kabul") gives none.
 */
export function locatedSubject(block: BlockModel, at: number, floor: number): NounPhrase | null {
  if (block.quoted[at] === true) return null;
  let np = collectLeft(block, at - 1, floor);
  for (let hop = 0; np !== null && np.from !== floor && hop < MAX_HOPS; hop += 1) {
    const prep = np.from - 1;
    if (block.quoted[prep] === true || !AFFILIATION_PREPS.has(block.tokens[prep]?.lower ?? ''))
      return null;
    np = collectLeft(block, prep - 1, floor);
  }
  return np === null || np.from !== floor ? null : np;
}

/**
 * "The BBC's Jo Reed in Kabul says": `near`, the phrase before the cue, is a place after "in",
 * so the phrase it locates speaks, with the rest up to the cue as its appositive.
 */
export function placeOfSubject(
  block: BlockModel,
  near: NounPhrase,
  floor: number,
  cue: number,
): NounPhrase | null {
  const bearing = bearingOf(block, near, floor);
  if (bearing !== null) return bearing;
  const at = near.from - 1;
  if (block.tokens[at]?.lower !== 'in') return null;
  for (let k = near.from; k < near.to; k += 1) if (block.tags[k] !== 'name') return null;
  const np = locatedSubject(block, at, floor);
  return np === null ? null : { ...np, appositive: { from: np.to, to: cue } };
}
