/**
 * Stage 6: the speaker of a participle after a passive main clause. "The photo was denied by the
 * prince, hinting that it was a fake": the one who acts in the main clause is its agent, not its
 * grammatical subject (the photo hints nothing), so the agent phrase before the comma speaks.
 */
import type { BlockModel } from '../1-text/model';
import { speakerRight, type NounPhrase } from '../5-speakers/speaker';
import { isPastWord, IRREGULAR_PARTICIPLES } from '../lexicon/pos';
import { BE_FORMS } from '../lexicon/words';

/** Longest agent phrase between "by" and the participle's comma ("by the city's chief engineer"). */
const MAX_AGENT = 6;

/**
 * The agent of a passive clause ending right before the link at `link` ("was denied by Andrew,
 * hinting ..."), or null: "by" after a participle after a form of "be" (one adverb may stand
 * between them), and the agent phrase running exactly to the link.
 */
export function passiveAgentBefore(
  block: BlockModel,
  link: number,
  floor: number,
): NounPhrase | null {
  for (let by = link - 2; by >= Math.max(floor + 2, link - 1 - MAX_AGENT); by -= 1) {
    if (block.quoted[by] === true || block.tokens[by]?.text === ',') return null;
    if (block.tokens[by]?.lower !== 'by') continue;
    if (!passiveBefore(block, by - 1, floor)) return null;
    const np = speakerRight(block, by + 1, link);
    return np !== null && np.to === link ? np : null;
  }
  return null;
}

/** Is the token at `k` a passive participle after "be" ("was denied", "were widely mocked")? */
function passiveBefore(block: BlockModel, k: number, floor: number): boolean {
  const word = block.tokens[k]?.lower ?? '';
  if (!isPastWord(word) && !IRREGULAR_PARTICIPLES.has(word)) return false;
  const before = block.tokens[k - 1]?.lower ?? '';
  if (BE_FORMS.has(before)) return true;
  return (
    k - 2 >= floor && block.tags[k - 1] === 'adv' && BE_FORMS.has(block.tokens[k - 2]?.lower ?? '')
  );
}
