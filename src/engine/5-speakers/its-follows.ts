/**
 * Evidence for the names pre-pass (`org-evidence.ts`) that a name acting as a subject is a body:
 * "Brindle Loop says that the screens at its stations were hit" - "its" soon after, in the same
 * sentence and with no other noun phrase it could refer to between, is the name's own, and only a
 * body (never a person) is an "its". A two-word name of no known kind is otherwise read as a
 * person's, which keeps it out of the bodies a later "the company" can mean.
 */
import { lazySet } from '../lexicon/lazy';
import type { BlockModel } from '../1-text/model';

/** How many tokens after the name an "its" may come and still be its own. */
const ITS_REACH = 12;

/**
 * Words that open another singular noun phrase, or a clause with its own subject: an "its" after
 * one may be that phrase's ("Ann Lee said the agency raised its fees").
 */
const OTHER_REFERENTS = lazySet(() => [
  'the',
  'a',
  'an',
  'this',
  'another',
  'which',
  'who',
  'it',
  'each',
  'every',
]);

/**
 * Does "its" follow the name at tokens `[from, end]` as its own? The name must be of several words
 * (a lone word of no known kind is not taken for a person anyway) and a subject (a verb right
 * after it), and nothing between may be another candidate: a determiner opening a phrase, a
 * capitalised name, "it", a quote or the sentence's end.
 */
export function itsFollows(block: BlockModel, from: number, end: number): boolean {
  if (end <= from || block.tags[end + 1] !== 'verb') return false;
  for (let k = end + 1; k <= end + ITS_REACH; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || t.text === '.' || t.text === ';' || block.quoted[k] === true)
      return false;
    if (t.lower === 'its') return true;
    if (t.cap || OTHER_REFERENTS.has(t.lower)) return false;
  }
  return false;
}
