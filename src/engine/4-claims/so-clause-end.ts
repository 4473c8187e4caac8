/**
 * Stage 6f: a claim that runs on past ", so" into a new clause with a subject and a finite verb
 * of its own ("has an open mind about it, so maybe he's changing course"; "the court ruled it
 * legal, so the new rules raised fears"). The consequence drawn after the comma is the author's
 * reasoning about the claim, not the claim. Cut by structure, never inside quotes.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { opensTaggedClause } from '../5-speakers/phrase-end';
import type { Range } from './clause';
import { hasVerb, isQuoteMark } from './clause';

/** Sentence adverbs that may stand between "so" and the new subject ("so maybe he's ..."). */
const LEADS = lazySet(() => ['maybe', 'perhaps', 'apparently', 'now', 'far']);
/** Subjects that carry the speaker's own reasoning on: "so we will", "so it is best to". */
const SPEAKER_SUBJECTS = lazySet(() => ['i', 'we', 'it', 'you', 'there']);

/** A subject word without its contracted auxiliary: "he’s" -> "he", "it's" -> "it". */
function ownSubject(word: string): string {
  const apostrophe = word.search(/['’]/);
  return apostrophe < 0 ? word : word.slice(0, apostrophe);
}

/** The claim in `r`, cut before ", so" + a new finite clause (unchanged when none follows). */
export function cutAtSoClause(block: BlockModel, r: Range): Range {
  let words = 0;
  for (let i = r.from; i < r.to - 3; i += 1) {
    const t = block.tokens[i];
    if (t === undefined) break;
    if (t.isWord) words += 1;
    const comma = t.text === ',' || (isQuoteMark(block, i) && block.tokens[i - 1]?.text === ',');
    if (!comma || words < 4 || block.quoted[i + 1] === true) continue;
    if (block.tokens[i + 1]?.lower !== 'so') continue;
    let k = i + 2;
    while (LEADS.has(block.tokens[k]?.lower ?? '') && block.quoted[k] !== true) k += 1;
    const subject = ownSubject(block.tokens[k]?.lower ?? '');
    if (block.quoted[k] === true || SPEAKER_SUBJECTS.has(subject)) continue;
    if (!opensTaggedClause(block, k, r.to) || !hasVerb(block, r.from, i)) continue;
    return { from: r.from, to: isQuoteMark(block, i) ? i + 1 : i };
  }
  return r;
}
