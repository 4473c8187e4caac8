/**
 * Stage 4 guard: fixed phrases built on a reporting verb that report nothing — "called it a
 * day", "call it quits", "tell the difference", "tell time", "tells the truth". The verb and the words after it
 * are one idiom; no claim and no speaker come with them.
 */
import type { BlockModel } from '../1-text/model';
import type { VerbInfo } from '../lexicon/verbs';
import { lazyMap } from '../lexicon/lazy';

/**
 * The words after the verb, lower-cased and space-separated, that make each lemma an idiom; a
 * closed idiom must end there ("call it a day", not "called it a day of shame").
 */
const IDIOMS = lazyMap<string, ReadonlyArray<[tail: string, closed: boolean]>>(() => [
  [
    'call',
    [
      ['it a day', true],
      ['it a night', true],
      ['it quits', true],
      ['it even', true],
    ],
  ],
  [
    'tell',
    [
      ['the difference', false],
      ['time', false],
      // "a White House that lies as easily as it tells the truth": honesty, not a claim told.
      ['the truth', false],
    ],
  ],
]);

/** Is the reporting verb at `i` the head of a fixed phrase ("called it a day")? */
export function idiomUse(block: BlockModel, i: number, info: VerbInfo): boolean {
  const tails = IDIOMS.get(info.lemma);
  if (tails === undefined) return false;
  return tails.some(([tail, closed]) => {
    const words = tail.split(' ');
    // Written in lower case: "told Time that ..." names a magazine.
    if (!words.every((w, n) => block.tokens[i + 1 + n]?.text === w)) return false;
    const after = block.tokens[i + 1 + words.length];
    return !closed || after === undefined || !after.isWord || after.lower === 'and';
  });
}
