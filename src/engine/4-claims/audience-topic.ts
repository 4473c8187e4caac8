/**
 * "complained to her manager about a co-worker", "told the inspectors about the pumps":
 * after the verb come only whom the words went to and what they were about. Neither is a claim:
 * a report of talk with no clause says that someone spoke, not what they said. Verbs whose "to"
 * takes what is claimed ("confessed to the theft", "objected to the plan") keep it.
 */
import { hasVerb, type Range } from './clause';
import type { BlockModel } from '../1-text/model';
import { HEARER_TO_LEMMAS } from '../lexicon/talk';

/** "about $40 million", "about 30 people": "about" as an approximation, not a topic. */
function approximates(block: BlockModel, k: number): boolean {
  const next = block.tokens[k + 1];
  return block.tags[k + 1] === 'num' || next?.text === '$' || /^[\d$£€]/u.test(next?.text ?? '');
}

/** Is the unquoted, verbless stretch `r` after a `lemma` cue an audience and/or a topic only? */
export function audienceOrTopicOnly(block: BlockModel, r: Range, lemma: string): boolean {
  for (let k = r.from; k < r.to; k += 1) if (block.quoted[k] === true) return false;
  if (hasVerb(block, r.from, r.to)) return false;
  // "to her supervisor in 2009", "to colleagues": the hearer (an infinitive has a verb).
  if (block.tokens[r.from]?.lower === 'to' && HEARER_TO_LEMMAS.has(lemma)) return true;
  // "the lawyers about their harassment": a hearer, then the topic.
  for (let k = r.from + 1; k < r.to; k += 1)
    if (block.tokens[k]?.lower === 'about' && !approximates(block, k)) return true;
  return false;
}
