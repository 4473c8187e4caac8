/**
 * Stage 6a'': after "<claim>, and <verb>", is the verb the speaker's next act ("believe X, and want
 * Y") or more of the claim ("says researchers try X, and aim for Y")? A verb the speaker could
 * not have as a subject — one that does not agree in tense or person with the cue verb — belongs
 * to the claim's own subject, and so does a new clause with a subject of its own.
 */
import type { BlockModel } from '../1-text/model';
import { opensTaggedClause } from '../5-speakers/phrase-end';
import { lazySet } from '../lexicon/lazy';
import { isPastWord } from '../lexicon/pos';

/** Modals a past-tense report shifts the claim's own "will", "can", "may" into. */
const BACKSHIFTED = lazySet(() => ['would', 'could', 'might', 'should']);
/** Negations that make a modal after the claim the speaker's refusal ("and would not comment"). */
const NEGATIONS = lazySet(() => ['not', 'never', "n't"]);

/** The verb's tense as this test needs it: simple past, third-person present, or neither. */
function formOf(word: string): 'past' | 'third' | 'other' {
  if (isPastWord(word)) return 'past';
  if (/[^s]s$/.test(word)) return 'third';
  return 'other';
}

/**
 * Could the verb phrase at token `at` (right after ", and") be what the speaker of `cueWord`
 * did next? False when it opens a clause of its own ("and future research will"), when a past
 * report goes on in a backshifted modal ("said he would X, and could even Y"), or when its form
 * cannot share the cue verb's subject ("says X, and aim for Y"; "said X, and remain").
 */
export function speakersNextAct(block: BlockModel, at: number, ceiling: number, cueWord: string) {
  if (opensTaggedClause(block, at, ceiling)) return false;
  const verb = block.tokens[at]?.lower ?? '';
  const cue = formOf(cueWord);
  if (cue === 'past' && BACKSHIFTED.has(verb))
    return NEGATIONS.has(block.tokens[at + 1]?.lower ?? '');
  // "are urging people to X, and protect Y": a bare verb cannot share the subject of an "-ing"
  // report (that would be "and protecting"), so it is the claim's; a refusal still is not.
  // An adjective there coordinates with an adjectival "-ing" ("is promising now, and costly").
  if (cueWord.endsWith('ing') && block.tags[at] !== 'adj')
    return block.tags[at] === 'aux' && NEGATIONS.has(block.tokens[at + 1]?.lower ?? '');
  if (cue === 'other') return true;
  const form = formOf(verb);
  // A bare form after "says" or "said" has another subject: the claim's plural one.
  return form !== 'other' || BACKSHIFTED.has(verb) || block.tags[at] === 'aux';
}
