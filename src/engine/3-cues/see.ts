/**
 * Stage 4b: "see" as a reporting verb. Mostly it is perception ("saw a rise", "saw him leave"),
 * so it is a cue only in two shapes: a judgement, "what many saw as a failure", "sees the deal as
 * a trap" (a belief); and a forecast, "the central bank sees inflation at 2%", "saw unemployment
 * falling" (a projection, which `4-claims/evidence.ts` takes only from an institution).
 */
import type { CueHit } from './cues';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import { opensTaggedClause } from '../5-speakers/phrase-end';
import type { Tag } from '../1-text/tags';
import { ACTIVE_AS_FORMS } from '../lexicon/frames';
import { VERB_FORMS } from '../lexicon/verbs';
import { judgedObjectAs } from './judged-object';
import { CARDINALS } from '../lexicon/words';
import { endsWithText } from '../1-text/word-end';

/**
 * Forms of "see" as a finite verb: "seen" only after "have" ("some have seen X as Y"); after "be"
 * the participle is the passive frame's (`frames.ts`).
 */
export const SEE_FORMS = lazySet(() => ['see', 'sees', 'saw', 'seen']);
/** Auxiliaries of the perfect, which make "seen" active ("have long seen"). */
const PERFECT = lazySet(() => ['have', 'has', 'had', "'ve"]);
/** Words before "see" that make it no finite verb of a speaker ("to see", "the see"). */
const NOT_FINITE = lazySet(() => ['to', 'the', 'a', 'will', 'would', 'could', 'can', 'may']);

/** The cue "see" at token `i`, in a judgement or forecast shape, or null. */
export function seeCue(block: BlockModel, i: number, sentence: Sentence): CueHit | null {
  const t = block.tokens[i];
  if (t === undefined || !SEE_FORMS.has(t.lower)) return null;
  if (i > sentence.from && NOT_FINITE.has(block.tokens[i - 1]?.lower ?? '')) return null;
  if (t.lower === 'seen' && !perfectBefore(block, i, sentence.from)) return null;
  const info = { lemma: 'see', class: 'stance', complement: 'any' } as const;
  // "what many Tunisians saw as a failure": the judgement follows "as".
  if (block.tokens[i + 1]?.lower === 'as')
    return asJudgement(block, i + 2, sentence.to)
      ? { from: i, to: i + 2, info, form: 'verb', claim: 'belief', judgement: true }
      : null;
  const end = objectEnd(block, i + 1, sentence.to);
  // "sees the deal as a trap", "have seen Appel, Gray and Bryant as ...": an object, then the
  // judgement.
  const as = asAfterObject(block, i + 1, sentence.to);
  if (as >= 0)
    return asJudgement(block, as + 1, sentence.to)
      ? { from: i, to: i + 1, info, form: 'verb', claim: 'belief', judgement: true }
      : null;
  // "sees inflation at 2%", "saw unemployment falling to 4%": a forecast.
  const next = block.tokens[end];
  if (end === i + 1 || block.quoted[end] === true || next === undefined) return null;
  const atFigure = next.lower === 'at' && block.tags[end + 1] === 'num';
  const falling = block.tags[end] === 'verb' && next.lower.endsWith('ing');
  const present = t.lower === 'sees' || t.lower === 'see';
  if (atFigure || falling || (present && countedObject(block, i + 1)))
    return {
      from: i,
      to: i + 1,
      info: { ...info, complement: 'clause' },
      form: 'verb',
      claim: 'projection',
    };
  return null;
}

/** Most words of a counted object ("fiscal year 2019 sales growth"). */
const MAX_COUNTED = 6;

/**
 * "sees three rate hikes in 2017", "sees 2019 sales growth of 2 percent": an object that counts
 * or measures something, read over a noun the tagger took for a verb ("rate"), ending in a plain
 * noun with no verb after it ("saw three men run" is perception of an event). A counted object
 * is a forecast only from an institution, which `4-claims/evidence.ts` checks.
 */
function countedObject(block: BlockModel, from: number): boolean {
  let counted = false;
  let k = from;
  for (; k < from + MAX_COUNTED && block.quoted[k] !== true; k += 1) {
    const t = block.tokens[k];
    const tag = block.tags[k];
    if (t === undefined || !t.isWord || tag === 'prep' || tag === 'sub' || tag === 'conj') break;
    if (tag === 'num' || CARDINALS.has(t.lower) || /^\d/.test(t.text)) counted = true;
    else if (tag === 'verb' && (endsWithText(t.lower, 'ed') || endsWithText(t.lower, 'ing')))
      return false;
    else if (!COUNTED_BODY.has(tag ?? 'punct') && tag !== 'verb') return false;
  }
  const last = block.tokens[k - 1]?.lower ?? '';
  // "two rate cuts": a plural head the tagger read as a verb.
  const head =
    block.tags[k - 1] === 'noun' || (block.tags[k - 1] === 'verb' && /[^s]s$/.test(last));
  return counted && k > from + 1 && head && block.tags[k] !== 'verb';
}

const COUNTED_BODY = lazySet<Tag>(() => ['det', 'adj', 'noun', 'name', 'num', 'time']);

/** Does a perfect auxiliary stand right before `i`, one adverb allowed ("have long seen")? */
function perfectBefore(block: BlockModel, i: number, floor: number): boolean {
  const k = block.tags[i - 1] === 'adv' ? i - 2 : i - 1;
  return k >= floor && PERFECT.has(block.tokens[k]?.lower ?? '');
}

/** Words before a verb form that make it a noun or a passive: "the view", "was cast as". */
const NOT_ACTIVE = lazySet(() => [
  ...NOT_FINITE,
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'this',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
]);

/**
 * "portrayed the strike as an attack", "has dismissed the protests as the work of ...": a verb of
 * judging, its object, then "as" and the judgement. Only in that shape is it a cue (a belief).
 */
export function activeAsCue(block: BlockModel, i: number, sentence: Sentence): CueHit | null {
  const t = block.tokens[i];
  const lemma = ACTIVE_AS_FORMS.get(t?.lower ?? '');
  if (t === undefined || lemma === undefined || (t.cap && i > sentence.from)) return null;
  if (i > sentence.from && NOT_ACTIVE.has(block.tokens[i - 1]?.lower ?? '')) return null;
  const end = asAfterObject(block, i + 1, sentence.to);
  if (end < 0 || !asJudgement(block, end + 1, sentence.to)) return null;
  const known = VERB_FORMS.get(t.lower);
  const info = { lemma, class: known?.class ?? 'stance', complement: 'any' } as const;
  return { from: i, to: i + 1, info, form: 'verb', claim: 'belief', judgement: true };
}

/** Tags of a plain object noun phrase, without post-modifiers ("inflation" in "at 2%"). */
const OBJECT_BODY = lazySet<Tag>(() => ['det', 'poss', 'adj', 'noun', 'name', 'num']);

/** Object pronouns that can stand for the whole object: "saw it as a breakthrough". */
const OBJECT_PRONOUNS = lazySet(() => ['it', 'him', 'her', 'them', 'this', 'us', 'me', 'itself']);

/** The end of the object noun phrase opening at `from`, before any preposition. */
function objectEnd(block: BlockModel, from: number, ceiling: number): number {
  const first = block.tokens[from]?.lower ?? '';
  if (from < ceiling && block.quoted[from] !== true && OBJECT_PRONOUNS.has(first)) return from + 1;
  let k = from;
  while (k < ceiling && block.quoted[k] !== true && OBJECT_BODY.has(block.tags[k] ?? 'punct'))
    k += 1;
  // "sees the Russian move as ...": a head noun the tagger read as a verb, right before "as".
  if (k > from && block.tags[k] === 'verb' && block.tokens[k + 1]?.lower === 'as') k += 1;
  return k;
}

/**
 * The "as" after the object opening at `from`, or -1: a plain noun phrase or pronoun first, else a
 * longer phrase with post-modifiers, a list or a relative aside (`judged-object.ts`).
 */
function asAfterObject(block: BlockModel, from: number, ceiling: number): number {
  const end = objectEnd(block, from, ceiling);
  if (end > from && block.tokens[end]?.lower === 'as' && block.quoted[end] !== true) return end;
  return judgedObjectAs(block, from, ceiling);
}

/**
 * After "as": a judgement ("a failure", "a betrayal", "one of the best"), not a clause ("as he
 * left": a time). A pronoun opens a clause unless it heads a partitive ("one of", "some of").
 */
function asJudgement(block: BlockModel, from: number, ceiling: number): boolean {
  if (from >= ceiling) return false;
  if (block.quoted[from] === true) return true;
  const tag = block.tags[from];
  const partitive = tag === 'pron' && block.tokens[from + 1]?.lower === 'of';
  return (tag !== 'pron' || partitive) && tag !== 'sub' && !opensTaggedClause(block, from, ceiling);
}
