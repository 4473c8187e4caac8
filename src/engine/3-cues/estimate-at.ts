/**
 * Stage 4b: estimates stated as a figure put on a quantity — "IDC puts the number of smartphones
 * at 16.3 million", "the same report pegs growth at 70 per cent", "officials placed the toll at
 * 40". The verbs are acts of placing until an object and "at" a figure follow, so only that shape
 * is a cue (a projection); the claim is the object with its figure.
 */
import type { CueHit } from './cue-hit';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { FIGURE_APPROXIMATORS, FIGURE_VERB_FORMS } from '../lexicon/estimates';

/** Tags of the quantity the figure is put on ("the number of smartphones", "smartphone growth"). */
const OBJECT_TAGS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'noun', 'name', 'num']);
/** Words before the verb that make it a noun or an infinitive's base ("the place", "a put"). */
const NOT_FINITE = lazySet(() => ['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their']);
/** Longest quantity phrase between the verb and "at", in tokens. */
const MAX_OBJECT = 10;
/** Most words between "at" and the figure ("at as many as 40"). */
const MAX_APPROXIMATORS = 3;

/** The cue at token `i` when a figure-setting verb, a quantity and "at" a figure follow. */
export function estimateAtCue(block: BlockModel, i: number, sentence: Sentence): CueHit | null {
  const t = block.tokens[i];
  const lemma = FIGURE_VERB_FORMS.get(t?.lower ?? '');
  if (t === undefined || lemma === undefined || (t.cap && i > sentence.from)) return null;
  if (i > sentence.from && NOT_FINITE.has(block.tokens[i - 1]?.lower ?? '')) return null;
  const at = atAfterQuantity(block, i + 1, sentence.to);
  if (at < 0 || !figureAt(block, at + 1, sentence.to)) return null;
  return {
    from: i,
    to: i + 1,
    info: { lemma, class: 'neutral', complement: 'clause' },
    form: 'verb',
    claim: 'projection',
  };
}

/** The "at" that ends a quantity phrase opening at `from` ("the number of users at"), or -1. */
function atAfterQuantity(block: BlockModel, from: number, ceiling: number): number {
  const end = Math.min(ceiling, from + MAX_OBJECT);
  let nouns = 0;
  for (let k = from; k < end; k += 1) {
    if (block.quoted[k] === true) return -1;
    const word = block.tokens[k]?.lower ?? '';
    if (word === 'at') return nouns > 0 ? k : -1;
    const tag = block.tags[k] ?? 'punct';
    // "the number of smartphones": one "of" joins the quantity to what it counts.
    if (word === 'of' && nouns > 0) continue;
    // "the number of missing hikers": a participle before a noun modifies it.
    const modifier = tag === 'verb' && OBJECT_TAGS.has(block.tags[k + 1] ?? 'punct');
    if (!OBJECT_TAGS.has(tag) && !modifier) return -1;
    if (tag === 'noun' || tag === 'name') nouns += 1;
  }
  return -1;
}

/** Does a figure open at `from`, after at most a few words such as "about" or "as many as"? */
function figureAt(block: BlockModel, from: number, ceiling: number): boolean {
  let k = from;
  while (k < ceiling && k < from + MAX_APPROXIMATORS && approximates(block, k)) k += 1;
  // "$44 million", "£600,000": a currency sign before the number.
  const sign = block.tokens[k];
  if (k < ceiling && sign !== undefined && !sign.isWord && /^\p{Sc}$/u.test(sign.text)) k += 1;
  if (k >= ceiling || block.tags[k] !== 'num') return false;
  // "at 9 a.m.", "at 10:30": a clock time is when, not how much.
  return !CLOCK_WORDS.has(block.tokens[k + 1]?.lower ?? '');
}

/** Words after a number that make it a clock time. */
// prettier-ignore
const CLOCK_WORDS = lazySet(() => [
  'a.m', 'p.m', 'am', 'pm', 'o\'clock', 'o\u2019clock', 'gmt', 'utc', 'local', ':',
]);

function approximates(block: BlockModel, k: number): boolean {
  return FIGURE_APPROXIMATORS.has(block.tokens[k]?.lower ?? '') && block.tags[k] !== 'num';
}
