/**
 * Stage 5: '"It sucked," one of the managers present said', "the families affected say": an
 * adjective that follows its noun ends the subject phrase before the verb, so the phrase scan,
 * which wants a source word last, would find no subject at all. The subject is the phrase before
 * the adjective.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { collectLeft, isSpeakerHead, type NounPhrase } from './phrase';

/** Adjectives written after the noun they describe ("the people involved", "those present"). */
const POSTPOSITIVE = lazySet(() => ['present', 'involved', 'concerned', 'affected', 'there']);

/**
 * The subject phrase ending right before a postpositive adjective at token `j` (the token before
 * the verb), or null when `j` is none or no speaker phrase precedes it.
 */
export function subjectBeforePostpositive(
  block: BlockModel,
  j: number,
  floor: number,
): NounPhrase | null {
  const t = block.tokens[j];
  if (t === undefined || j - 1 < floor || block.quoted[j] === true || !POSTPOSITIVE.has(t.lower))
    return null;
  if (!isSpeakerHead(block.tokens[j - 1], block.tags[j - 1])) return null;
  return collectLeft(block, j - 1, floor);
}
