/**
 * The words of the first and second grammatical person. An interview printed as question and
 * answer with no speaker labels shows its turns only through them: the interviewer's question
 * addresses "you", the answer speaks as "I" or "we" (`6-records/unlabelled-interview.ts`).
 */
import { lazySet, type LazySet } from './lazy';

/** The speaker's own words: "I", "me", "my", "we", "our" ... */
export const FIRST_PERSON_WORDS: LazySet<string> = lazySet(() => [
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
]);

/** The one addressed: "you", "your" ... */
export const SECOND_PERSON_WORDS: LazySet<string> = lazySet(() => [
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
]);

/** A lower-cased word without a contracted ending ("i'm" gives "i", "you’ve" gives "you"). */
function bare(lower: string): string {
  const at = lower.search(/['\u2019]/u);
  return at > 0 ? lower.slice(0, at) : lower;
}

/** The grammatical person of a lower-cased word, contractions included; null for any other word. */
export function grammaticalPerson(lower: string): 1 | 2 | null {
  const w = bare(lower);
  if (FIRST_PERSON_WORDS.has(w)) return 1;
  if (SECOND_PERSON_WORDS.has(w)) return 2;
  return null;
}
