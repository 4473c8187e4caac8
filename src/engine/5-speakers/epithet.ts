/**
 * Stage 7b for epithets: a definite phrase a story uses, once it has named someone, for that person
 * ("the actress", "the 37-year-old", "the American Horror Story actress", "the first lady"). Such a
 * phrase names no office an unnamed holder speaks from; it refers back to the person the story is
 * about, and its head's gender ("actress", "lady") says which of two people in play it can be.
 */
import type { Token } from '../1-text/tokenize';
import { titleGender, type Gender } from '../lexicon/gender';
import { lazySet } from '../lexicon/lazy';
import { isEpithet } from '../lexicon/sources';

/** Most words of a short epithet phrase, possessor included ("the band's singer"). */
const SHORT = 3;
/** Most words of a longer epithet phrase, its modifiers a title or adjectives only. */
const LONG = 6;
/** Most words of a phrase whose second word is an age ("the 64-year-old former minister"). */
const AGED = 4;
/** Openers of a definite phrase that can be an epithet. */
const DEFINITE = lazySet(() => ['the', 'his', 'her', 'their', 'its']);
/**
 * Words that cannot stand between "the" and an epithet's head: they join a second phrase, open a
 * post-modifier or a clause ("the singer and the actor", "the writer of the song").
 */
const NOT_MODIFIERS = lazySet(() => [
  'and',
  'or',
  'of',
  'in',
  'at',
  'for',
  'with',
  'from',
  'to',
  'by',
  'on',
  'who',
  'that',
  'which',
  'whose',
]);

/** What an epithet phrase tells about the person it refers to: the gender its words show. */
export interface Epithet {
  gender: Gender | null;
}

/** Does a word end in a possessive ("band's")? Then it names an owner, not the person. */
const possessive = (t: Token): boolean => /['\u2019]s?$/u.test(t.lower);

/**
 * The epithet a described phrase (its words `tokens`, `head` its head word) is, or null: a definite
 * phrase of up to `SHORT` words headed by an epithet; up to `LONG` words when the words between are
 * modifiers, not a possessor or a joined phrase ("the Oscar-winning Broadway actress"); or an age
 * right after the determiner, whatever role follows ("the 64-year-old former minister").
 */
export function epithetOf(tokens: readonly Token[], head: string): Epithet | null {
  const first = tokens[0];
  if (first === undefined || !DEFINITE.has(first.lower)) return null;
  const gender = (): Epithet => ({ gender: titleGender(tokens.map((t) => t.lower)) });
  if (tokens.length <= AGED && isEpithet(tokens[1]?.lower ?? '')) return gender();
  if (!isEpithet(head)) return null;
  if (tokens.length <= SHORT) return gender();
  if (tokens.length > LONG || tokens[tokens.length - 1]?.lower !== head) return null;
  const middle = tokens.slice(1, -1);
  if (middle.some((t) => NOT_MODIFIERS.has(t.lower) || possessive(t))) return null;
  return gender();
}
