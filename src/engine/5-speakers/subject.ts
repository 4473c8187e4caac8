/**
 * The subject of a sentence's main clause: the first speaker-like phrase near the sentence start.
 * Used for participle cues (", saying ..."), list headers ("X also said:") and pronoun antecedents.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { speakerRight, type NounPhrase } from './speaker';
import { TIME_WORDS } from '../lexicon/words';
import { lazySet } from '../lexicon/lazy';
import { isLyAdverb } from '../lexicon/pos';

const ADVERBIAL = lazySet(() => [
  'on',
  'in',
  'at',
  'after',
  'before',
  'during',
  'earlier',
  'later',
  'last',
  'for',
  'with',
  'despite',
  'following',
  'meanwhile',
  'however',
]);

const OPENERS_TO_SKIP = lazySet(() => [
  'but',
  'and',
  'so',
  'yet',
  'still',
  'however',
  'meanwhile',
  'also',
]);

/** Tokens before the comma of an opening time ("Earlier Saturday,") or prepositional phrase. */
const MAX_TIME_OPENER = 7;
const MAX_ADVERBIAL = 12;

/** First noun phrase of the sentence that could name a speaker, or null. */
export function mainSubjectPhrase(block: BlockModel, sentence: Sentence): NounPhrase | null {
  let i = sentence.from;
  while (
    i < sentence.to &&
    (block.tokens[i]?.isWord !== true || OPENERS_TO_SKIP.has(block.tokens[i]?.lower ?? ''))
  ) {
    if (block.quoted[i] === true) return null;
    i += 1;
  }
  // "Earlier Saturday, Yoon ..." / "On Wednesday, the ministry ...": skip a short opening adverbial.
  // A prepositional opener may run longer ("In his first post about the tour, Doe ...").
  const first = block.tokens[i]?.lower ?? '';
  // "Currently, scientists are ...": an adverb set off by a comma opens no phrase.
  if (isLyAdverb(first) && block.tokens[i + 1]?.text === ',') i += 2;
  // "When critics ..., the mayor ...": a subordinate clause holds no subject of the main one.
  if (block.tags[i] === 'sub') {
    const comma = clauseComma(block, i, sentence.to);
    if (comma === null) return null;
    i = comma + 1;
  }
  // "Without mentioning Roe by name, the mayor ...": any preposition opens an adverbial.
  const adverbial = ADVERBIAL.has(first) || block.tags[i] === 'prep';
  const reach = adverbial ? MAX_ADVERBIAL : MAX_TIME_OPENER;
  for (let k = i; k < Math.min(sentence.to, i + reach); k += 1) {
    if (block.tokens[k]?.text !== ',') continue;
    if (TIME_WORDS.has(first) || adverbial) i = k + 1;
    break;
  }
  if (block.quoted[i] === true) return null;
  return speakerRight(block, i, sentence.to);
}

/** Longest opening subordinate clause walked over to the main clause's subject. */
const MAX_SUBORDINATE = 30;

/** The comma that closes an opening subordinate clause starting at `from`, or null. */
function clauseComma(block: BlockModel, from: number, to: number): number | null {
  for (let k = from + 1; k < Math.min(to, from + MAX_SUBORDINATE); k += 1) {
    if (block.tokens[k]?.text === ',' && block.quoted[k] !== true) return k;
  }
  return null;
}
