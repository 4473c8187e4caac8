/**
 * Stage 3: reporting verbs with their particles — "played down", "pointed out", "issued a
 * statement" — and the "of" that makes a verb's object its claim ("warned of the dangers").
 */
import type { CueHit } from './cue-hit';
import { PHRASAL_CUES, PHRASAL_FORMS, particleInfo, type VerbInfo } from '../lexicon/verbs';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

const ARTICLES = lazySet(() => ['a', 'an', 'the']);

/** "played down", "pointed out": verbs that report only with their particle. */
export function phrasalOnly(block: BlockModel, i: number): VerbInfo | undefined {
  const entry = PHRASAL_FORMS.get(block.tokens[i]?.lower ?? '');
  const next = block.tokens[i + 1]?.lower ?? '';
  if (entry === undefined || !entry.particles.includes(next)) return undefined;
  // "issued a statement", not "issued a timetable": after an article the noun must be listed too.
  const noun = block.tokens[i + 2]?.lower ?? '';
  if (ARTICLES.has(next) && !entry.particles.includes(noun)) return undefined;
  return {
    lemma: entry.lemma,
    class: entry.info.class,
    complement: particleInfo(entry, next).complement,
  };
}

export function withParticles(block: BlockModel, hit: CueHit): CueHit {
  const phrasal = PHRASAL_CUES.get(hit.info.lemma);
  const next = block.tokens[hit.to];
  if (phrasal !== undefined && next !== undefined && phrasal.particles.includes(next.lower)) {
    const info = particleInfo(phrasal, next.lower);
    return {
      ...hit,
      to: hit.to + 1,
      info: { ...info, class: hit.info.class === 'loaded' ? 'loaded' : info.class },
    };
  }
  if (next?.lower === 'against' && hit.info.lemma === 'warn') return { ...hit, to: hit.to + 1 };
  // "warned of the deficit's dangers", "boasted of concessions": the object is the claim.
  if (next?.lower === 'of' && OF_LEMMAS.has(hit.info.lemma))
    return { ...hit, to: hit.to + 1, info: { ...hit.info, complement: 'any' } };
  return hit;
}

/** Verbs whose "of" object states what was said ("warned of", "spoke of", "boasted of"). */
// prettier-ignore
export const OF_LEMMAS = lazySet(() => [
  'warn', 'speak', 'boast', 'complain', 'write', 'tell', 'hint', 'brag', 'talk', 'testify',
]);
