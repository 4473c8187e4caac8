/**
 * Stage 6: a closing adjunct after a trailing attribution clause ("..., our correspondent reports
 * from the village."): the clause still closes the sentence, so the claim is the text before it.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';

/** Tags a closing adjunct is made of ("from the village", "on an episode of their podcast"). */
const ADJUNCT_TAGS = lazySet<Tag>(() => [
  'prep',
  'det',
  'poss',
  'adj',
  'noun',
  'name',
  'num',
  'time',
]);
/**
 * Prepositions of place, time or medium that open a closing adjunct; not "about", "of", "for" or
 * "against", whose phrase is the verb's object ("letting others know about the seller").
 */
// prettier-ignore
const ADJUNCT_PREPS = lazySet(() => [
  'from', 'in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'outside', 'inside',
]);
/** Prepositions inside the adjunct's noun phrase: "of the board", "conference for developers". */
const INNER_PREPS = lazySet(() => ['of', 'for']);
/** The longest closing adjunct, in tokens. */
const MAX_ADJUNCT = 10;

/**
 * "..., our correspondent reports from the village.": one prepositional phrase with no verb that
 * runs from `k` to the sentence's end only says where or how the claim was made, so the
 * attribution clause still closes the sentence.
 */
export function closingAdjunctAt(block: BlockModel, k: number, ceiling: number): boolean {
  if (block.quoted[k] === true || !ADJUNCT_PREPS.has(block.tokens[k]?.lower ?? '')) return false;
  let m = k + 1;
  while (m < ceiling && m - k < MAX_ADJUNCT) {
    // 'explained on "Morning Report."': a quoted programme title is a name in the phrase.
    if (titleWord(block, m)) {
      m += 1;
      continue;
    }
    if (block.quoted[m] === true || !ADJUNCT_TAGS.has(block.tags[m] ?? 'punct')) break;
    // "in Oslo to a crowd" goes on to say more than where; "in May during its conference for
    // developers" only says when and which conference.
    const prep = block.tokens[m]?.lower ?? '';
    if (block.tags[m] === 'prep' && !INNER_PREPS.has(prep) && !ADJUNCT_PREPS.has(prep))
      return false;
    m += 1;
  }
  while (m < ceiling && isQuoteMark(block.tokens[m]?.text ?? '')) m += 1;
  const next = block.tokens[m];
  return m >= ceiling || (next !== undefined && ['.', '!', '?'].includes(next.text));
}

const QUOTE_MARKS = lazySet(() => ['"', '\u201c', '\u201d']);
const isQuoteMark = (text: string): boolean => QUOTE_MARKS.has(text);

/** A quoted capitalised word or its marks: part of a title such as "Morning Report." */
function titleWord(block: BlockModel, m: number): boolean {
  const t = block.tokens[m];
  if (t === undefined) return false;
  if (isQuoteMark(t.text)) return true;
  return block.quoted[m] === true && t.isWord && t.cap;
}
