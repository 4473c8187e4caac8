/**
 * Stage 7b: the subject of a clause that trails a comma. In "The setback was costly, Jim Roe, a
 * former engineer, told reporters" or '"The findings matter" for standards, Ann Lee of the
 * institute writes', a verb has come before the name, yet the name is the subject of its own
 * clause (a writer's way of introducing who is about to speak), not a name in passing.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Most tokens of an appositive or post-modifier between the name and its verb. */
const REACH = 20;
/** Tags a post-modifier after "of" is made of ("of the Netherlands' Fontys University"). */
const OF_PHRASE_TAGS = lazySet(() => ['det', 'name', 'noun', 'adj', 'prep', 'poss', 'num']);

/** Lower-case words inside a personal name ("Joost van Hoof", "Ana de la Cruz"). */
const PARTICLES = lazySet(() => [
  'van',
  'von',
  'de',
  'der',
  'den',
  'la',
  'le',
  'da',
  'di',
  'du',
  'bin',
  'al',
]);

/** The token after the appositive set off by the comma at `k` ("Jim Roe, a former engineer,"), or -1. */
function pastAppositive(block: BlockModel, k: number, to: number): number {
  for (let c = k + 1; c < Math.min(to, k + REACH); c += 1) {
    if (block.quoted[c] === true) return -1;
    const tag = block.tags[c];
    if (tag === 'verb' || tag === 'aux') return -1;
    if (block.tokens[c]?.text === ',') return c + 1;
  }
  return -1;
}

const APOSTROPHES = lazySet(() => ["'", '\u2019']);

/** The token after a post-modifier opening with "of" at `k` ("of the institute"), or -1. */
function pastOfPhrase(block: BlockModel, k: number, to: number): number {
  let c = k + 1;
  while (c < Math.min(to, k + REACH) && block.quoted[c] !== true) {
    // "the Netherlands’ Fontys University": a possessive's apostrophe stays inside the phrase.
    const apostrophe = APOSTROPHES.has(block.tokens[c]?.text ?? '');
    if (!apostrophe && !OF_PHRASE_TAGS.has(block.tags[c] ?? 'punct')) return c;
    c += 1;
  }
  return -1;
}

/**
 * Is the name at tokens `[start, end]` the subject of a clause after a comma: an unquoted comma
 * before it, and its verb after it, past an appositive in commas or an "of" phrase and adverbs?
 */
export function trailingSubject(
  block: BlockModel,
  start: number,
  end: number,
  to: number,
): boolean {
  // "Joost van Hoof": the name's run is read from its last capitalised part; back over the rest.
  let first = start;
  while (
    first > 0 &&
    block.quoted[first - 1] !== true &&
    (block.tokens[first - 1]?.cap === true || PARTICLES.has(block.tokens[first - 1]?.lower ?? ''))
  )
    first -= 1;
  const comma = block.tokens[first - 1];
  if (comma?.text !== ',' || block.quoted[first - 1] === true) return false;
  let k = end + 1;
  const next = block.tokens[k];
  if (next?.text === ',') k = pastAppositive(block, k, to);
  else if (next?.lower === 'of') k = pastOfPhrase(block, k, to);
  if (k < 0) return false;
  while (k < to && block.tags[k] === 'adv') k += 1;
  const tag = block.tags[k];
  return (tag === 'verb' || tag === 'aux') && block.quoted[k] !== true;
}
