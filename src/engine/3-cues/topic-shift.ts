/**
 * Stage 4 guard: "Speaking of Dolby technology, Microsoft is also ...", "And talking of prices,
 * ...": a participle of speech with "of" that opens the sentence is the writer turning to a new
 * topic, not anyone reporting it. The phrase names a topic; no claim and no speaker come with it.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import type { VerbInfo } from '../lexicon/verbs';

/** Verbs whose "-ing of" turns to a topic ("speaking of", "talking of"). */
const TOPIC_LEMMAS = lazySet(() => ['speak', 'talk']);

/** Connectives that may come before the participle ("And speaking of ...", "So, talking of"). */
const CONNECTIVES = lazySet(() => ['and', 'but', 'so', 'now', 'oh', ',']);

/** Is the verb at `i` a sentence-opening "speaking of" / "talking of" that shifts the topic? */
export function topicShift(
  block: BlockModel,
  i: number,
  info: VerbInfo,
  sentence: Sentence,
): boolean {
  const t = block.tokens[i];
  if (t === undefined || !TOPIC_LEMMAS.has(info.lemma) || !t.lower.endsWith('ing')) return false;
  if (block.tokens[i + 1]?.lower !== 'of') return false;
  for (let k = sentence.from; k < i; k += 1) {
    if (block.quoted[k] === true || !CONNECTIVES.has(block.tokens[k]?.lower ?? '')) return false;
  }
  return true;
}
