/**
 * Stage 4: a verb of requesting reduced after the noun that voices it ("a petition calling for
 * tight limits", "parliamentary reports urging new rules", "protesters demanding that he go").
 * The noun right before the "-ing" verb is its subject, as in a relative clause; the claim is the
 * demand, to the next comma (4-claims/reduced.ts).
 */
import type { BlockModel } from '../1-text/model';
import { REQUEST_LEMMAS, VOICING_NOUNS, WRITINGS } from '../lexicon/voices';
import { writtenObject } from './written-object';

/**
 * Is the "-ing" verb at `i` (of `lemma`) a request reduced after a voicing noun? The tagger often
 * reads a plural noun there as a verb ("protests"), so the word decides, not its tag.
 */
export function demandParticiple(block: BlockModel, i: number, lemma: string): boolean {
  const prev = block.tokens[i - 1];
  return (
    prev !== undefined &&
    block.quoted[i - 1] !== true &&
    REQUEST_LEMMAS.has(lemma) &&
    VOICING_NOUNS.has(prev.lower)
  );
}

/**
 * "they released a petition calling for ...", "presented a signed letter asking for ...": a
 * writing that is a main verb's object speaks for that verb's subject, not for itself.
 */
export function writtenDemand(block: BlockModel, i: number, floor: number): boolean {
  return WRITINGS.has(block.tokens[i - 1]?.lower ?? '') && writtenObject(block, i, floor, true);
}

/**
 * "audit reports urging lower fares": is the word at `i` a voicing noun whose request follows it?
 * Then it is that request's subject, not a verb of its own ("reports" read as "he reports").
 */
export function voicesNext(block: BlockModel, i: number, nextLemma: string | undefined): boolean {
  const next = block.tokens[i + 1]?.lower ?? '';
  return (
    nextLemma !== undefined &&
    next.endsWith('ing') &&
    VOICING_NOUNS.has(block.tokens[i]?.lower ?? '') &&
    REQUEST_LEMMAS.has(nextLemma)
  );
}
