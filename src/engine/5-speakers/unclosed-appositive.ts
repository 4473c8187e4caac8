/**
 * Stage 5: "Col. Ann Marlow, commander of the 106th Rescue Wing says ...": an appositive whose
 * closing comma is missing. The phrase right before the verb then describes the name that opens
 * the sentence; read alone it gives the speaker as a body's name ("Rescue Wing") or a bare role.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { collectLeft, type NounPhrase } from './phrase';

/** Most words between the comma and the phrase before the verb: "chief executive officer of the". */
const MAX_ROLE_WORDS = 6;
/** Tags of the words of a role held at a body ("deputy head of the", "CO of the 9th"). */
const ROLE_TAGS = lazySet<Tag>(() => ['noun', 'name', 'adj', 'prep', 'det', 'num']);

/**
 * The name opening the sentence at `floor` when the phrase `near` before the verb at `cue` follows
 * its comma, or follows the comma across a few words of a role: every word before the comma is
 * a capitalised name word (a title's stop allowed), and the words after it open with a lower-case
 * or all-capital role word ("head of ...", "CO of ...") and hold "of" (a role held at a body).
 * Null otherwise.
 */
export function nameBeforeUnclosedAppositive(
  block: BlockModel,
  near: NounPhrase,
  floor: number,
  cue: number,
): NounPhrase | null {
  // Back from the phrase to the comma, across the role's words ("CO of the" before "Coast Patrol").
  let comma = near.from - 1;
  let of = false;
  for (let k = near.from; k < near.to; k += 1) if (block.tokens[k]?.lower === 'of') of = true;
  while (comma > floor && comma > near.from - MAX_ROLE_WORDS) {
    const t = block.tokens[comma];
    if (t === undefined || block.quoted[comma] === true || t.text === ',') break;
    if (!t.isWord || !ROLE_TAGS.has(block.tags[comma] ?? 'punct')) return null;
    if (t.lower === 'of') of = true;
    comma -= 1;
  }
  if (!of || comma <= floor || block.tokens[comma]?.text !== ',' || block.quoted[comma] === true)
    return null;
  for (let k = floor; k < comma; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return null;
    if (t.text === '.') continue;
    if (!t.isWord || !t.cap || block.tags[k] !== 'name') return null;
  }
  const head = block.tokens[comma + 1];
  if (head === undefined || !head.isWord || (head.cap && head.text !== head.text.toUpperCase()))
    return null;
  const np = collectLeft(block, comma - 1, floor);
  return np === null || np.from !== floor
    ? null
    : { ...np, appositive: { from: comma + 1, to: cue } };
}
