/**
 * Stage 5a: what may stand between a subject and its reporting verb and names no one: auxiliaries
 * ("has said"), adverbs ("publicly said") and time phrases ("Smith on Tuesday said", "the ministry
 * last week said"). Skipped leftwards from the verb before the subject phrase is collected.
 */
import { SENTENCE_ADVERBS } from '../lexicon/phrase-words';
import { AUXILIARIES } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { Token } from '../1-text/tokenize';
import { lazySet } from '../lexicon/lazy';

/** Nouns and verbs that end in "-ly" but are not adverbs. */
// prettier-ignore
const LY_WORDS = lazySet(() => [
  'family', 'ally', 'rally', 'supply', 'assembly', 'monopoly', 'anomaly', 'bully', 'reply', 'apply',
  'comply', 'imply', 'rely', 'multiply', 'italy', 'july', 'homily', 'folly', 'jelly', 'belly',
]);

function isAdverb(token: Token): boolean {
  const w = token.lower;
  return token.isWord && !token.cap && w.length > 4 && w.endsWith('ly') && !LY_WORDS.has(w);
}

/** Is token `j` the closing comma of ", however," (a sentence adverb, not a conjunction)? */
function commaAdverbEndsAt(block: BlockModel, j: number): boolean {
  const word = block.tokens[j - 1]?.lower ?? '';
  return (
    block.tokens[j]?.text === ',' &&
    block.tokens[j - 2]?.text === ',' &&
    block.quoted[j - 1] !== true &&
    SENTENCE_ADVERBS.has(word) &&
    !CONJUNCTIONS.has(word)
  );
}

/** Sentence adverbs that are also conjunctions: ", and," joins, it does not interrupt. */
const CONJUNCTIONS = lazySet(() => ['and', 'but', 'so', 'yet']);

/** Skip auxiliaries and adverbs leftwards from `i`; returns the first other token index. */
export function skipAuxLeft(block: BlockModel, i: number, floor: number): number {
  let j = i;
  while (j >= floor) {
    const t = block.tokens[j];
    // "The CDC has, however, found", "Research published in May, however, showed": a sentence
    // adverb set off by commas stands between the subject and its verb.
    if (commaAdverbEndsAt(block, j) && j - 3 >= floor) {
      j -= 3;
      continue;
    }
    if (t === undefined || !t.isWord || block.quoted[j] === true) break;
    if (DAY_WORDS.has(t.lower)) {
      // "Smith on Tuesday said", "officials late Thursday said": a time phrase before the verb.
      j -= 1;
      while (j >= floor && TIME_LEADS.has(block.tokens[j]?.lower ?? '')) j -= 1;
      continue;
    }
    // "Clark in October revealed", "the ministry last week said": a led time phrase.
    const lead = block.tokens[j - 1]?.lower ?? '';
    if (PERIOD_WORDS.has(t.lower) && TIME_LEADS.has(lead) && (t.cap || lead !== 'in')) {
      j -= 2;
      continue;
    }
    // "have so far denied", "has thus far refused": a two-word adverb of time.
    if (t.lower === 'far' && FAR_LEADS.has(lead)) {
      j -= 2;
      continue;
    }
    if (!AUXILIARIES.has(t.lower) && !isAdverb(t)) break;
    j -= 1;
  }
  return j;
}

/** Months and calendar units that a lead word ("in", "last") makes a time phrase. */
// prettier-ignore
const PERIOD_WORDS = lazySet(() => [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'week', 'month', 'year', 'weekend',
]);

// prettier-ignore
const DAY_WORDS = lazySet(() => [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'tonight',
]);
/** Words that make "far" an adverb of time ("so far", "thus far"). */
const FAR_LEADS = lazySet(() => ['so', 'thus']);
const TIME_LEADS = lazySet(() => ['on', 'late', 'early', 'last', 'this', 'next', 'in']);
