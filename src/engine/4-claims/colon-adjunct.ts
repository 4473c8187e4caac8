/**
 * Stage 6: a cue sentence ending in a colon whose only "claim" is an adjunct of the cue ("An
 * official told me just after the bodies arrived:", "Lee said, while visiting the site:"). The
 * words after the verb say when or how the speaker spoke; what was said is the block after the
 * colon (`6-records/colon-block.ts`). Dropping the adjunct record leaves the sentence a header.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { RawAttribution } from './content';
import { hasVerb } from './clause';
import { lazySet } from '../lexicon/lazy';

/** Words opening a clause of time or occasion ("when he arrived", "while visiting"). */
const TIME_SUBORDINATORS = lazySet(() => [
  'when',
  'while',
  'after',
  'before',
  'as',
  'once',
  'upon',
]);
/**
 * Prepositions of time, place or occasion ("after the vote", "at the briefing"); not "about",
 * "of" or "because of", whose phrase is what was said or why.
 */
// prettier-ignore
const OCCASION_PREPS = lazySet(() => [
  'after', 'before', 'during', 'following', 'upon', 'on', 'at', 'in', 'from', 'outside', 'ahead',
]);
/** Adverbs that open a clause's subject rather than an adjunct ("there were two options"). */
const SUBJECT_ADVERBS = lazySet(() => ['there', 'here']);

/** The first and last token indices of the raw's content within the sentence, or null. */
function tokenSpan(block: BlockModel, s: Sentence, raw: RawAttribution): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = s.from; i < s.to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || t.start < raw.start || t.end > raw.end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

/**
 * Is the raw an adjunct running up to the sentence's closing colon, after its cue? Past its
 * adverbs ("just", "shortly"), it opens with a subordinator ("when he arrived") or a preposition
 * ("after the vote", "before leaving"), or is adverbs and verbless words only.
 */
function colonAdjunct(block: BlockModel, s: Sentence, raw: RawAttribution): boolean {
  const span = tokenSpan(block, s, raw);
  if (span === null || raw.cue === null || raw.cue.to > span[0]) return false;
  const [first, last] = span;
  if (last + 1 !== s.to - 1) return false;
  for (let i = first; i <= last; i += 1) if (block.quoted[i] === true) return false;
  if (SUBJECT_ADVERBS.has(block.tokens[first]?.lower ?? '')) return false;
  let k = first;
  while (k <= last && block.tags[k] === 'adv') k += 1;
  if (k > last) return true;
  const word = block.tokens[k]?.lower ?? '';
  // "when he arrived": a clause of time. "before leaving", but not "in 2019 the bridge had
  // failed": past a preposition only its gerund may be a verb.
  if (TIME_SUBORDINATORS.has(word)) return true;
  if (OCCASION_PREPS.has(word)) return !hasVerb(block, k + 2, last + 1);
  return k > first && !hasVerb(block, k, last + 1);
}

/** The sentence's records without adjunct records before a closing colon. */
export function withoutColonAdjuncts(
  block: BlockModel,
  s: Sentence,
  raws: RawAttribution[],
): RawAttribution[] {
  const colon = block.tokens[s.to - 1];
  if (raws.length === 0 || colon?.text !== ':' || block.quoted[s.to - 1] === true) return raws;
  return raws.filter((r) => !colonAdjunct(block, s, r));
}
