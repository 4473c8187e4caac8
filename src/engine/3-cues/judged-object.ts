/**
 * Stage 4b helper: the object of a judging verb before its "as" ("described the adverts, which run
 * in June, as a first wave", "have characterized the ability to isolate data as the holy grail",
 * "saw winning on Monday as the key step", "have seen Appel, Gray and perhaps Bryant as the only
 * stars"). A judgement's object is a whole noun phrase — post-modifiers, an infinitive, a list or
 * a relative aside in commas included — so the "as" that opens the judgement may stand well after
 * the verb. The scan walks that phrase by tags and stops at anything that opens a clause.
 */
import type { BlockModel } from '../1-text/model';
import { endsWithText } from '../1-text/word-end';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';

/** Longest object before "as", in tokens: a judgement's object is one phrase, not a passage. */
export const MAX_JUDGED_OBJECT = 16;

/** Tags of a noun phrase's body (determiners, modifiers, heads). */
const BODY = lazySet<Tag>(() => ['det', 'poss', 'adj', 'noun', 'name', 'num', 'time']);
/** Object pronouns that stand for the whole object: "saw it as", "lists her as". */
const PRONOUNS = lazySet(() => ['it', 'him', 'her', 'them', 'this', 'that', 'us', 'me', 'itself']);
/** Relatives that open an aside in commas inside the object ("the adverts, which run ..., as"). */
const ASIDE_RELATIVES = lazySet(() => ['which', 'who', 'whose']);
/** Words that join two parts of a list object ("Appel, Gray and perhaps Bryant"). */
const JOINERS = lazySet(() => ['and', 'or']);

/** Is token `k` a word of the noun phrase's body, unquoted? */
function body(block: BlockModel, k: number): boolean {
  if (block.quoted[k] === true) return false;
  return BODY.has(block.tags[k] ?? 'punct') || innerMark(block, k);
}

/** Marks that a plural possessive writes after its "s" ("the parents’ deaths"). */
const POSSESSIVE_MARKS = lazySet(() => ['’', "'"]);

/**
 * Is token `k` a mark inside a noun phrase, not its end: the period of a title's abbreviation
 * before a name ("Ms. Lane") or a plural possessive's apostrophe before the noun it owns ("the
 * parents’ deaths")? The tokenizer splits both off their words.
 */
function innerMark(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  const before = block.tokens[k - 1];
  if (t === undefined || before === undefined || !BODY.has(block.tags[k + 1] ?? 'punct'))
    return false;
  if (t.text === '.') return TITLE_ABBREVIATIONS.has(before.lower) && block.tags[k + 1] === 'name';
  return POSSESSIVE_MARKS.has(t.text) && before.end === t.start && endsWithText(before.lower, 's');
}

/** The end of a run of body words from `k`. */
function bodyEnd(block: BlockModel, k: number, ceiling: number): number {
  let j = k;
  while (j < ceiling && body(block, j)) j += 1;
  return j;
}

/**
 * The end of an infinitive's object from `k` ("to isolate work data"): body words, and base forms
 * the tagger read as verbs ("work" in "work data"), never a verb in "-ed" or "-ing".
 */
function infinitiveObjectEnd(block: BlockModel, k: number, ceiling: number): number {
  let j = k;
  while (j < ceiling && block.quoted[j] !== true) {
    const word = block.tokens[j]?.lower ?? '';
    const verb =
      block.tags[j] === 'verb' && !endsWithText(word, 'ed') && !endsWithText(word, 'ing');
    if (!verb && !body(block, j)) break;
    j += 1;
  }
  return j;
}

/**
 * The index of the unquoted "as" that closes the object opening at `from`, or -1 when no object
 * phrase reaches an "as" within `MAX_JUDGED_OBJECT` tokens before `ceiling`.
 */
export function judgedObjectAs(block: BlockModel, from: number, ceiling: number): number {
  const limit = Math.min(ceiling, from + MAX_JUDGED_OBJECT);
  let k = from;
  const first = block.tokens[k];
  if (first === undefined || block.quoted[k] === true) return -1;
  // "her relationship to Mike", "this plan": a pronoun that may also be a determiner.
  if (PRONOUNS.has(first.lower)) k = bodyEnd(block, k + 1, limit);
  else if (block.tags[k] === 'verb' && endsWithText(first.lower, 'ing')) {
    // "saw winning Monday night as ...": a gerund with its own object.
    k = bodyEnd(block, k + 1, limit);
  } else {
    const end = bodyEnd(block, k, limit);
    if (end === k) return -1;
    k = end;
  }
  while (k < limit) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return -1;
    if (t.lower === 'as') return k > from ? k : -1;
    const tag = block.tags[k];
    // "the ringleader of the gang", "her relationship to Mike": a post-modifier.
    if (tag === 'prep' && t.lower !== 'to' && body(block, k + 1)) {
      k = bodyEnd(block, k + 1, limit);
      continue;
    }
    // "the ability to isolate business data", "her relationship to Mike".
    if (t.lower === 'to') {
      const verb = block.tags[k + 1] === 'verb' ? k + 2 : k + 1;
      const end = infinitiveObjectEnd(block, verb, limit);
      if (end === verb) return -1;
      k = end;
      continue;
    }
    // "the adverts, which will run throughout June, as ...": a relative aside closed by a comma.
    if (t.text === ',' && ASIDE_RELATIVES.has(block.tokens[k + 1]?.lower ?? '')) {
      let close = k + 2;
      while (close < limit && block.tokens[close]?.text !== ',' && block.quoted[close] !== true)
        close += 1;
      if (block.tokens[close]?.text !== ',') return -1;
      k = close + 1;
      continue;
    }
    // "Appel, Gray and perhaps Bryant": the parts of a list.
    if (t.text === ',' || JOINERS.has(t.lower)) {
      let next = k + 1;
      if (JOINERS.has(block.tokens[next]?.lower ?? '')) next += 1;
      if (block.tags[next] === 'adv') next += 1;
      const end = bodyEnd(block, next, limit);
      if (end === next) return -1;
      k = end;
      continue;
    }
    return -1;
  }
  return -1;
}
