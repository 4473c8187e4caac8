/**
 * Stage 6a'': where a reported claim gives way to a clause of the author's own that opens with
 * "but" or "with": "..., but after a few hours, the family drove ...", "... - but only after
 * joking that ...", "..., with the party's leader calling it ...". The speaker's own contrast
 * ("..., but he has received calls") opens with its subject and stays in the claim.
 */
import type { Range } from './clause';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { SUBJECT_PRONOUNS } from '../lexicon/words';

/** Adverbs that may lead the opener after "but": "but only after", "but even so". */
const LEADS = lazySet(() => ['only', 'even', 'just', 'still', 'then']);

/**
 * Subordinators and prepositions that front an adverbial before a new main clause ("but after a
 * few hours, Rita drove ...", "but contrary to the song, things did not ...").
 */
// prettier-ignore
const FRONTING = lazySet(() => [
  'after', 'before', 'when', 'while', 'since', 'once', 'despite', 'contrary', 'although',
  'though', 'unlike', 'in', 'at', 'on', 'for', 'by', 'during', 'following', 'until',
]);
/** How far the fronted adverbial may run before its comma. */
const FRONT_REACH = 8;
/** How far "with" may be from the -ing verb of its absolute clause ("with X Y Z calling it"). */
const WITH_REACH = 6;
const JOINERS = lazySet(() => ['and', 'but', 'or']);
const DASHES = lazySet(() => ['-', '\u2013', '\u2014']);

/** Token `k` is an unquoted word that ends in "-ing" and is tagged a verb. */
function participle(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  return (
    t !== undefined && block.quoted[k] !== true && block.tags[k] === 'verb' && /ing$/.test(t.lower)
  );
}

/**
 * Does the "but" at `at` open the author's clause: a fronted adverbial and then a new subject
 * after its comma, the speaker's next act ("but only after kidding him"), or a relative clause
 * ("but which also can be used ...")?
 */
function butOpensAuthorClause(block: BlockModel, at: number, to: number): boolean {
  let k = at + 1;
  while (k < to && LEADS.has(block.tokens[k]?.lower ?? '')) k += 1;
  const opener = block.tokens[k]?.lower ?? '';
  if (block.quoted[k] === true) return false;
  if (opener === 'which') return true;
  if (!FRONTING.has(opener)) return false;
  if (participle(block, k + 1)) return true;
  for (let j = k + 1; j < Math.min(to - 1, k + 1 + FRONT_REACH); j += 1) {
    if (block.quoted[j] === true) return false;
    if (block.tokens[j]?.text !== ',') continue;
    // "but after more checks, it was clear that ...": a pronoun subject goes on with the
    // speaker's account; a noun or a name ("Rita drove ...") is the author's narration.
    const next = block.tokens[j + 1];
    return (
      next !== undefined &&
      next.isWord &&
      !JOINERS.has(next.lower) &&
      !SUBJECT_PRONOUNS.has(next.lower)
    );
  }
  return false;
}

/**
 * ", with the party's leader Ann Roe calling it ...": an absolute clause whose subject is a named
 * actor is the author's comment, bringing in someone else. One with a common-noun subject ("...
 * may be higher, with some reports suggesting 200 died", "..., with prices rising") goes on with
 * the speaker's own account, as a reader (and the gold) takes it.
 */
function absoluteWith(block: BlockModel, at: number, to: number): boolean {
  for (let j = at + 2; j < Math.min(to, at + 1 + WITH_REACH); j += 1) {
    const t = block.tokens[j];
    if (t === undefined || block.quoted[j] === true || !t.isWord) return false;
    // "with Ann Roe calling it": the -ing verb has a named subject ("with no lag and on existing
    // roads" has no verb, "with some reports suggesting" a common noun).
    if (participle(block, j)) return block.tags[j - 1] === 'name';
  }
  return false;
}

/** Cut the claim in `r` before an author's clause opened by "but" or ", with". */
export function cutAuthorClause(block: BlockModel, r: Range): Range {
  for (let i = r.from + 2; i < r.to - 1; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true) continue;
    const before = block.tokens[i - 1]?.text ?? '';
    const marked = before === ',' || DASHES.has(before);
    const end = marked && block.quoted[i - 1] !== true ? i - 1 : i;
    if (t.lower === 'but' && butOpensAuthorClause(block, i, r.to)) return { from: r.from, to: end };
    if (t.lower === 'with' && before === ',' && absoluteWith(block, i, r.to))
      return { from: r.from, to: end };
  }
  return r;
}
