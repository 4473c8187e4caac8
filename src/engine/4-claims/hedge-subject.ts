/**
 * Does a lone hedging adverb ("reportedly", "allegedly") stand in a sentence's main clause, between
 * its subject and its verb? "The mayor reportedly resigned", and with the words that may come
 * between: an adverb before it ("Smith also allegedly took", "Jones then allegedly paid") and an
 * auxiliary ("the pair was allegedly working"). A clause fronted and closed by a comma leaves the
 * main clause after it ("When he left the firm, Smith allegedly took the files").
 */
import { isDisplayKind } from '../1-text/display';
import { lexicalTag } from '../1-text/lexical-tag';
import { isTitleCase } from '../3-cues/title-case';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';

/** Tags a hedging adverb must stand between: the main clause's subject, then its verb. */
const SUBJECT_TAGS = lazySet(() => ['noun', 'name', 'pron']);
const PREDICATE_TAGS = lazySet(() => ['verb', 'aux']);

/** Adverbs that may stand between the subject and the hedge ("also allegedly", "then reportedly"). */
const LINKING_ADVERBS = lazySet(() => ['also', 'then', 'later', 'once', 'even', 'still']);

/** Where the subject of the hedge at `i` should end: before linking adverbs and an auxiliary. */
function subjectEnd(block: BlockModel, s: Sentence, i: number): number {
  let k = i - 1;
  if (block.tags[k] === 'aux') k -= 1;
  while (k > s.from && LINKING_ADVERBS.has(block.tokens[k]?.lower ?? '')) k -= 1;
  return k;
}

/** A display block, or a whole plain-text line in title case (a crosshead the text left as one). */
function summaryLine(block: BlockModel, s: Sentence): boolean {
  if (isDisplayKind(block.kind)) return true;
  // "2. Mayor Allegedly Took Bribes": a list number may stand before the line.
  for (let k = 0; k < s.from; k += 1)
    if (block.tags[k] !== 'num' && block.tags[k] !== 'punct') return false;
  return s.to === block.tokens.length && isTitleCase(block, s);
}

/**
 * "Mayor Allegedly Took Bribes": in a title-cased summary line every word is tagged a name, so
 * the word after the hedge is read as it would be in lower case.
 */
function titleCasedPredicate(block: BlockModel, s: Sentence, i: number): boolean {
  const hedge = block.tokens[i];
  const next = block.tokens[i + 1];
  if (hedge?.cap !== true || i <= s.from || !summaryLine(block, s)) return false;
  if (next === undefined || !next.isWord || block.tags[i - 1] !== 'name') return false;
  return PREDICATE_TAGS.has(lexicalTag(next.lower, next.lower, false, false));
}

/** Is the lone hedging adverb at `i` between its main clause's subject and verb? */
export function adverbAfterSubject(block: BlockModel, s: Sentence, i: number): boolean {
  if (titleCasedPredicate(block, s, i)) return true;
  return (
    SUBJECT_TAGS.has(block.tags[subjectEnd(block, s, i)] ?? 'punct') &&
    PREDICATE_TAGS.has(block.tags[i + 1] ?? 'punct')
  );
}

/**
 * Where the main clause after a fronted subordinate clause starts, or -1: "When he left the
 * firm in 2009, Smith allegedly ..." opens with a subordinator and closes it with a comma before
 * the hedge at `i`.
 */
export function afterFrontedClause(block: BlockModel, s: Sentence, i: number): number {
  let comma = -1;
  for (let k = s.from + 1; k < i; k += 1) if (block.tokens[k]?.text === ',') comma = k;
  return comma < 0 ? -1 : comma + 1;
}
