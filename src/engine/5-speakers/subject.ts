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
  'then',
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
  i = afterOpeners(block, i, sentence.to);
  if (block.quoted[i] === true) return null;
  return speakerRight(block, i, sentence.to);
}

/**
 * Where the main clause starts after the opening adverbials from `i`: "From the moment he
 * arrived, X", "Shortly after, X", "Speaking to reporters, X", "The following Monday evening, X",
 * "At a rally in Tampa, Fla., on Wednesday, X". A phrase that ends in a comma is skipped when its
 * first word makes it an adverbial (`openingAdverbial`); a place's short appositive between two
 * of them ("Fla.,") goes with the first.
 */
function afterOpeners(block: BlockModel, i: number, to: number): number {
  for (let round = 0; round < MAX_OPENERS; round += 1) {
    const comma = openerComma(block, i, to);
    if (comma === null) return i;
    const next = comma + 1;
    const place = placeAppositive(block, next, to);
    i = place !== null && openerComma(block, place, to) !== null ? place : next;
  }
  return i;
}

/** Most opening adverbials read in a row ("In Tampa, Fla., on Wednesday, late at night, X"). */
const MAX_OPENERS = 3;

/** The comma closing an opening adverbial at `i`, or null when no adverbial opens there. */
function openerComma(block: BlockModel, i: number, to: number): number | null {
  const first = block.tokens[i]?.lower ?? '';
  const long = ADVERBIAL.has(first) || openingAdverbial(block, i);
  const reach = long ? MAX_ADVERBIAL : MAX_TIME_OPENER;
  for (let k = i; k < Math.min(to, i + reach); k += 1) {
    if (block.tokens[k]?.text !== ',' || block.quoted[k] === true) continue;
    return long || TIME_WORDS.has(first) || timePhrase(block, i, k) ? k : null;
  }
  return null;
}

/**
 * Does an adverbial open at `i`: a preposition ("From", "Within", "Among"), an -ly adverb
 * ("Shortly after,"), or a participle opening the sentence ("Speaking to reporters,")? Its subject
 * is the main clause's, after the comma.
 */
function openingAdverbial(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  if (t === undefined || block.quoted[i] === true) return false;
  if (block.tags[i] === 'prep' || isLyAdverb(t.lower)) return true;
  return t.cap && block.tags[i] === 'verb' && /ing$/.test(t.lower);
}

/** Nouns of a span of time that head a time phrase ("the same evening", "that week"). */
// prettier-ignore
const TIME_NOUNS = lazySet(() => [
  'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'month', 'year', 'weekend', 'spring',
  'summer', 'fall', 'autumn', 'winter',
]);

/** Longest time phrase before its comma ("The following Monday evening"). */
const MAX_TIME_PHRASE = 5;

/**
 * Are tokens `[from, to)` a time phrase: a determiner, then lower-case words and at least one
 * time word, no other name and no verb ("The following Monday evening", "That same night"; not
 * "The Friday Club", not "Bergeron chimed in")?
 */
function timePhrase(block: BlockModel, from: number, to: number): boolean {
  if (to - from > MAX_TIME_PHRASE) return false;
  if (to - from < 2 || block.tags[from] !== 'det') return false;
  let time = false;
  for (let k = from + 1; k < to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord) return false;
    const isTime = block.tags[k] === 'time' || TIME_NOUNS.has(t.lower);
    if (isTime) time = true;
    else if (t.cap || block.tags[k] === 'verb' || block.tags[k] === 'aux') return false;
  }
  return time;
}

/** Longest appositive place after an opener's place ("Tampa, Fla.,"). */
const MAX_PLACE_WORDS = 2;

/**
 * "In Tampa, Fla., on Wednesday": one or two capitalised words closed by a comma right after an
 * opener name the opener's place; the index after their comma, or null.
 */
function placeAppositive(block: BlockModel, from: number, to: number): number | null {
  let k = from;
  while (k < to && k - from < MAX_PLACE_WORDS + 1 && block.tokens[k]?.cap === true) k += 1;
  if (block.tokens[k]?.text === '.') k += 1;
  if (k === from || k - from > MAX_PLACE_WORDS + 1 || block.tokens[k]?.text !== ',') return null;
  return k + 1;
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
