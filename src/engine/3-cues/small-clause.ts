/**
 * Stage 4b: judgements without "as" — "Acme considers the deal a win", "the board deemed the
 * plan unworkable", "he considers the matter of paramount importance". Alone "consider" is an
 * act ("considered the proposal"), and its clause-only entry in the verb lexicon leaves such
 * objects out; only an object followed by its judgement (a noun phrase opened by "a"/"an", a
 * closing adjective, or "of" and a noun of worth) makes it a belief cue.
 */
import type { CueHit } from './cue-hit';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { ADVERBIAL_NOUNS, SMALL_CLAUSE_FORMS, WORTH_NOUNS } from '../lexicon/judging';

/** Words before the verb that make it no active finite verb of a subject. */
// prettier-ignore
const NOT_ACTIVE = lazySet(() => [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'the', 'a', 'an', 'this', 'that',
  'not', "n't", 'never',
]);
/** Object pronouns that stand for the whole object ("considers it a win"). */
const OBJECT_PRONOUNS = lazySet(() => ['it', 'them', 'him', 'her', 'this', 'that']);
const OPENERS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'num']);
const HEADS = lazySet<Tag>(() => ['noun', 'name']);
/** Longest object before its judgement, in tokens. */
const MAX_OBJECT = 6;

/** The cue at token `i` when a judging verb, its object and a judgement follow. */
export function smallClauseCue(block: BlockModel, i: number, sentence: Sentence): CueHit | null {
  const t = block.tokens[i];
  const lemma = SMALL_CLAUSE_FORMS.get(t?.lower ?? '');
  if (t === undefined || lemma === undefined || (t.cap && i > sentence.from)) return null;
  if (i === sentence.from || NOT_ACTIVE.has(block.tokens[i - 1]?.lower ?? '')) return null;
  const end = objectEnd(block, i + 1, sentence.to);
  if (end < 0 || !judgementAt(block, end, sentence.to)) return null;
  const info = { lemma, class: 'stance', complement: 'any' } as const;
  return { from: i, to: i + 1, info, form: 'verb', claim: 'belief', judgement: true };
}

/** The end of the object opening at `from` ("the plan", "$rev", "it"), or -1. */
function objectEnd(block: BlockModel, from: number, ceiling: number): number {
  if (block.quoted[from] === true) return -1;
  if (OBJECT_PRONOUNS.has(block.tokens[from]?.lower ?? '')) return from + 1;
  let k = from;
  // "$rev": a sign glued to the name of a product or a sum.
  if (block.tokens[k]?.text === '$') k += 1;
  while (k < ceiling && OPENERS.has(block.tags[k] ?? 'punct')) k += 1;
  const head = k;
  while (k < ceiling && k - from < MAX_OBJECT && HEADS.has(block.tags[k] ?? 'punct')) k += 1;
  return k > head && block.quoted[k - 1] !== true ? k : -1;
}

/** Does a judgement open at `k`: "a win", "unworkable.", "of great importance"? */
function judgementAt(block: BlockModel, k: number, ceiling: number): boolean {
  if (k >= ceiling || block.quoted[k] === true) return false;
  const word = block.tokens[k]?.lower ?? '';
  if (word === 'a' || word === 'an') return nounPhraseAfter(block, k + 1, ceiling);
  if (word === 'of') return worthAfter(block, k + 1, ceiling);
  // "deemed the plan unworkable.": an adjective that closes the phrase.
  if (block.tags[k] !== 'adj') return false;
  const after = block.tags[k + 1] ?? 'punct';
  return k + 1 >= ceiling || after === 'punct' || after === 'prep' || after === 'conj';
}

/** "a win-win scenario", not "a second time": a noun phrase that is no adverbial of time. */
function nounPhraseAfter(block: BlockModel, from: number, ceiling: number): boolean {
  let k = from;
  while (k < ceiling && block.tags[k] !== 'noun' && block.tags[k] !== 'name' && k < from + 3)
    k += 1;
  let last = -1;
  while (k < ceiling && (block.tags[k] === 'noun' || block.tags[k] === 'name')) last = k++;
  return last >= 0 && !ADVERBIAL_NOUNS.has(block.tokens[last]?.lower ?? '');
}

/** "of paramount importance", "of little use": a noun of worth within three words. */
function worthAfter(block: BlockModel, from: number, ceiling: number): boolean {
  for (let k = from; k < Math.min(ceiling, from + 3); k += 1)
    if (WORTH_NOUNS.has(block.tokens[k]?.lower ?? '')) return true;
  return false;
}
