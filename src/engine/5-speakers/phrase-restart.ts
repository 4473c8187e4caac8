/**
 * Stage 5a's left edge: a noun phrase cannot run on across an article that opens a new one. In
 * "At age 66 the man said", "Next the founder said" or "In September of last year a researcher
 * found", the scan left from the verb collects the fronted adverbial too; "the", "a" or "an" after
 * a word that is not a preposition, a conjunction or another determiner starts the speaker's own
 * phrase, and the words before it are the adverbial. Read rightwards, the same article ends the
 * source ("according to some local elders the troops are ...").
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { DETERMINERS } from '../lexicon/words';

/** Articles that open a noun phrase. */
const ARTICLES = lazySet(() => ['the', 'a', 'an']);
/** Words an article may follow inside one phrase ("Bank of the West", "Ann Lee and the team"). */
const PHRASE_JOINERS = lazySet(() => [
  'of',
  'for',
  'and',
  'or',
  '&',
  'at',
  'from',
  'in',
  'on',
  'with',
  'to',
  'by',
  'de',
]);

/**
 * Does the article at token `i` open a new phrase: one that follows a word of the phrase before
 * it which is no preposition, conjunction, determiner or possessive ("some local elders the
 * troops", "age 66 the man")?
 */
export function articleRestarts(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  if (t === undefined || !t.isWord || !ARTICLES.has(t.lower)) return false;
  // "Hormud A. Katki": a capital "A" with its period, inside a name, is an initial.
  const dot = block.tokens[i + 1];
  if (t.text === 'A' && dot?.text === '.' && dot.start === t.end && block.tokens[i + 2]?.cap)
    return false;
  const prev = block.tokens[i - 1];
  if (prev === undefined || !prev.isWord || block.quoted[i - 1] === true) return false;
  const w = prev.lower;
  if (PHRASE_JOINERS.has(w) || DETERMINERS.has(w) || block.tags[i - 1] === 'prep') return false;
  return !(w.endsWith("'s") || w.endsWith('\u2019s'));
}

/**
 * The first token of the speaker's own phrase within `[from, end]`: the last article that follows
 * a word of a fronted adverbial, else `from`.
 */
export function phraseRestart(block: BlockModel, from: number, end: number): number {
  for (let i = end - 1; i > from; i -= 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord || !ARTICLES.has(t.lower)) continue;
    return articleRestarts(block, i) ? i : from;
  }
  return from;
}
