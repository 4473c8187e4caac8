/**
 * Stage 4 guard: passive participles of reporting verbs. "sources cited by a Taiwanese paper",
 * "executives who were well regarded at the office": the noun before the participle is what was
 * cited or regarded, not a source saying anything, so the participle is no cue of its own (the
 * frames stage reads the agentless passives that do attribute, "is regarded as").
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { endsWithText } from '../1-text/word-end';

/** Adverbs the tagger may read as nouns that still stand between "be" and its participle. */
const PASSIVE_ADVERBS = lazySet(() => ['well', 'long', 'much', 'little']);

/** Does a passive adverb stand at `k` ("is widely regarded", "were well regarded")? */
export function passiveAdverbAt(block: BlockModel, k: number): boolean {
  return block.tags[k] === 'adv' || PASSIVE_ADVERBS.has(block.tokens[k]?.lower ?? '');
}

/** Tags that open a passive's agent phrase ("by hit-or-miss publication X", "by 2 analysts"). */
const AGENT_TAGS = lazySet<Tag>(() => ['det', 'adj', 'noun', 'name', 'num', 'poss']);

/**
 * "cited by hit-or-miss publication DigiTimes": an -ed form, "by", then a noun phrase is a
 * passive with its agent. Not "warned by saying" (a gerund after "by" is the manner of the act).
 */
export function passiveWithAgent(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  if (t === undefined || !endsWithText(t.lower, 'ed') || block.tokens[i + 1]?.lower !== 'by')
    return false;
  const agent = block.tokens[i + 2];
  if (agent === undefined || block.quoted[i + 2] === true) return false;
  if (agent.cap) return true;
  return AGENT_TAGS.has(block.tags[i + 2] ?? 'punct') && !endsWithText(agent.lower, 'ing');
}
