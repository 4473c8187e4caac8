/**
 * A source phrase renamed right after it: "according to his aunt, Jane Starner,", "said another
 * board member, Karen Holt, a professor ..." or "said a company spokesman, Paul Fenner." — the
 * phrase says what the source is, the name who. The name is the speaker; the phrase stays as its
 * appositive, so its role words reach the named person ("the spokesman" later).
 */
import type { BlockModel } from '../1-text/model';
import type { NounPhrase } from '../5-speakers/phrase';
import { isRoleWord } from '../lexicon/sources';
import { credentialEnd } from '../5-speakers/designation';

/** Longest name set off after a source phrase, in tokens. */
const MAX_NAME = 4;

/**
 * ", Jane Starner" right after token `k`: capitalised words tagged as a name, closed by a comma,
 * or with `atEnd` also by the sentence's end ("said a spokesman, Paul Fenner.").
 */
export function namedAfter(
  block: BlockModel,
  k: number,
  ceiling: number,
  atEnd = false,
): NounPhrase | null {
  if (block.tokens[k]?.text !== ',') return null;
  let end = k + 1;
  while (end < ceiling && end - k <= MAX_NAME && block.tokens[end]?.cap === true) {
    if (block.quoted[end] === true || block.tags[end] !== 'name') return null;
    end += 1;
  }
  if (end === k + 1 || credentialEnd(block, k, ceiling) === end) return null;
  const stop = block.tokens[end]?.text;
  const closed = stop === ',' || (atEnd && (end === ceiling || stop === '.'));
  return closed ? { from: k + 1, to: end, appositive: null } : null;
}

/**
 * The speaker phrase `np` after an inverted cue ("said another board member"), or the name set
 * off right after it when the phrase is a common noun's ("..., Karen Holt"). A phrase that ends
 * in a name ("said Smith, Jones ...") is left as it is: a list, not a renaming.
 */
export function renamedSpeaker(block: BlockModel, np: NounPhrase, ceiling: number): NounPhrase {
  const last = block.tokens[np.to - 1];
  if (last === undefined || last.cap) return np;
  // The tagger reads a role before a name as a title ("president" in "the bank's president,
  // Doug Lane"): a role word heads the phrase whatever its tag.
  if (block.tags[np.to - 1] !== 'noun' && !isRoleWord(last.lower)) return np;
  const name = namedAfter(block, np.to, ceiling, true);
  return name === null ? np : { ...name, appositive: { from: np.from, to: np.to } };
}
