/**
 * Stage 7a: a block written in title case ("How a Young Filmmaker Resurrected the Hollywood
 * Musical") capitalises every word but the minor ones, so a capital there is no sign of a name: a
 * role word before a capitalised verb ("Filmmaker Resurrected") looks like a title before a surname.
 */
import type { BlockModel } from '../1-text/model';
import { TITLE_CASE_MINOR } from '../lexicon/display';

/** Fewest capitalised words that make a block's capitals a style rather than names. */
const MIN_CAPS = 4;

/**
 * Is the block in title case: at least `MIN_CAPS` capitalised words outside quotations and no
 * lower-case word but title case's minor ones ("of", "the") and the second half of a hyphenated
 * word ("U.S.-backed")?
 */
export function isTitleCase(block: BlockModel): boolean {
  let caps = 0;
  const { tokens, quoted } = block;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t === undefined || !t.isWord || quoted[i] === true) continue;
    if (t.cap) caps += 1;
    else if (!TITLE_CASE_MINOR.has(t.lower) && !/^\d/u.test(t.text)) {
      const glued = tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === t.start;
      if (!glued) return false;
    }
  }
  return caps >= MIN_CAPS;
}
