/**
 * Stage 6d, hearsay nouns: "there were reports of shots near the port", "there's been speculation
 * he could leave", "amid rumors that the mill will close". The noun names who holds the claim —
 * unnamed reports, speculation, rumors — and what follows it is the claim. Only in these two
 * frames (an existential, or a preposition of circumstance): elsewhere such nouns are topics ("the
 * reports were wrong", "speculation about the deal").
 */
import type { RawAttribution } from './content';
import { endAtStop, hedgedRecord } from './hedged-record';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** Nouns that stand for claims nobody named holds, by their plural or mass form. */
const HEARSAY = lazySet(() => ['reports', 'speculation', 'rumors', 'rumours']);

/** `HEARSAY` as a token's bit: `hearsayClaims` asks it of every token. */
const HEARSAY_CLASS = tokenClass(HEARSAY);

/** The be-forms of an existential ("there were reports", "there's been speculation"). */
const EXISTENTIAL_BE = lazySet(() => ['is', 'are', 'was', 'were', 'been', 'be']);
const EXISTENTIAL_THERE = lazySet(() => ['there', "there's", 'there’s']);
/** Auxiliaries before an existential's be-form ("there have been", "there may be"). */
const EXISTENTIAL_AUX = lazySet(() => [
  'has',
  'have',
  'had',
  'will',
  'would',
  'may',
  'might',
  'could',
]);

/** Prepositions of circumstance that take hearsay as their object ("amid reports that ..."). */
const CIRCUMSTANCE = lazySet(() => ['amid', 'amidst', 'despite']);

/**
 * Prepositions that take hearsay as their object only with a "that" clause after it ("with
 * reports that", "after rumors that"): "after reports of shots" dates an event, it reports none.
 */
const CIRCUMSTANCE_WITH_CLAUSE = lazySet(() => ['with', 'after', 'following']);

/** What links the noun to its claim: a clause ("that"), an object ("of"), or nothing. */
const LINKS = lazySet(() => ['that', 'of']);

/** Adjectives that may stand before the noun ("widespread speculation", "unconfirmed reports"). */
const MAX_MODIFIERS = 2;

/** Punctuation that ends the claim: an aside or a second clause begins. */
const CLOSERS = lazySet(() => ['(', ';', ':', '—', '–']);

const MIN_WORDS = 4;

/** Tags that may open a bare clause's subject. */
const SUBJECT_TAGS = lazySet(() => ['pron', 'det', 'name', 'poss']);

/** Does the frame before the noun at `i` make it hearsay (an existential or "amid")? */
function inHearsayFrame(block: BlockModel, s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > s.from && i - k <= MAX_MODIFIERS && block.tags[k] === 'adj') k -= 1;
  const before = block.tokens[k]?.lower ?? '';
  if (CIRCUMSTANCE.has(before)) return true;
  if (CIRCUMSTANCE_WITH_CLAUSE.has(before)) return block.tokens[i + 1]?.lower === 'that';
  // "there's speculation": the contraction holds the be-form.
  if (EXISTENTIAL_THERE.has(before)) return before !== 'there';
  // "there were reports", "there have been reports", "there's been speculation".
  if (!EXISTENTIAL_BE.has(before)) return false;
  let j = k - 1;
  while (j >= s.from && EXISTENTIAL_AUX.has(block.tokens[j]?.lower ?? '')) j -= 1;
  return j >= s.from && EXISTENTIAL_THERE.has(block.tokens[j]?.lower ?? '');
}

/** The hearsay records of one sentence (usually none). */
export function hearsayClaims(block: BlockModel, s: Sentence): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (let i = s.from; i < s.to; i += 1) {
    const noun = block.tokens[i]?.lower ?? '';
    const hearsay = inClass(block.tokens[i], HEARSAY_CLASS);
    if (block.quoted[i] === true || !hearsay || !inHearsayFrame(block, s, i)) continue;
    const linked = LINKS.has(block.tokens[i + 1]?.lower ?? '');
    // "speculation he could leave": with no link the claim must open with a clause's subject, not
    // a participle ("reports urging new rules" are documents doing something).
    if (!linked && !SUBJECT_TAGS.has(block.tags[i + 1] ?? 'punct')) continue;
    const from = linked ? i + 2 : i + 1;
    const range = { from, to: endAtStop(block, from, s.to, (t) => CLOSERS.has(t)) };
    const hedge = { from: i, to: i + 1, lemma: noun, form: 'noun', source: noun } as const;
    const record = hedgedRecord(block, range, hedge, MIN_WORDS);
    if (record !== null) out.push(record);
  }
  return out;
}
