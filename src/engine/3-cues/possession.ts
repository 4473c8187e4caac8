/**
 * Senses of a reporting verb that tell what someone has or where someone was, not what anyone
 * said: "the city boasts a deep harbour" (has), "the pilot was held there for years" (detained).
 * Kept as data: the verb, and the words after it that select the non-reporting sense.
 */
import type { BlockModel } from '../1-text/model';
import type { VerbInfo } from '../lexicon/verbs';
import { lazySet } from '../lexicon/lazy';

/** Verbs that mean "has" before a plain object ("boasts a reputation", "boasting the best"). */
const HAVING_LEMMAS = lazySet(() => ['boast']);

/** Words that open such a plain object: an article, a quantity or a possessive. */
// prettier-ignore
const OBJECT_OPENERS = lazySet(() => [
  'a', 'an', 'the', 'some', 'more', 'one', 'two', 'several', 'many', 'its', 'their', 'his', 'her',
]);

/** Verbs whose passive is an act done to the subject, not a report ("was held captive"). */
const PASSIVE_ACT_LEMMAS = lazySet(() => ['hold']);

/** Forms of "be" before a passive participle. */
const BE_FORMS = lazySet(() => ['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** True when the reporting verb at `i` is used in a having or a passive-act sense. */
export function possessionUse(block: BlockModel, i: number, info: VerbInfo): boolean {
  const next = block.tokens[i + 1];
  if (next === undefined || block.quoted[i + 1] === true) return false;
  if (HAVING_LEMMAS.has(info.lemma)) return OBJECT_OPENERS.has(next.lower);
  if (!PASSIVE_ACT_LEMMAS.has(info.lemma) || next.lower === 'that') return false;
  return BE_FORMS.has(block.tokens[i - 1]?.lower ?? '');
}
