/**
 * Stage 6f: the object of a verb of belief or of taking a side is what is held — "shopkeepers
 * fear a collapse of trade", "the engineer suspects a crack in the pipe", "the union welcomed the
 * court's decision". A person as object ("feared him", "welcomed the Smiths home") is no claim,
 * and a verb that also greets (`claim` in `POSITION_VERBS`) needs an object naming a decision.
 */
import type { Range } from './clause';
import type { Clause } from './content';
import type { BlockModel } from '../1-text/model';
import { taggedPhraseEnd } from '../5-speakers/phrase-end';
import { DECISION_NOUNS, DISPUTABLE_NOUNS, POSITION_VERBS } from '../lexicon/claims';
import { lazySet } from '../lexicon/lazy';
import type { Tag } from '../lexicon/pos';

/** Tags that may open a position object: a phrase, or a gerund ("fear losing their jobs"). */
const OBJECT_OPENERS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'noun', 'num', 'verb']);

/** Tags before a participle that make it an adjective of the noun after it. */
const ADJECTIVAL_BEFORE = lazySet<Tag>(() => ['verb', 'prep', 'det', 'poss', 'adj']);

/** Does a word of the object phrase [from, end) name a decision or a claim? */
function namesDecision(block: BlockModel, from: number, end: number): boolean {
  for (let k = from; k < end; k += 1) {
    if (block.tags[k] === 'prep') return false;
    const w = block.tokens[k]?.lower ?? '';
    if (DECISION_NOUNS.has(w) || DISPUTABLE_NOUNS.has(w)) return true;
  }
  return false;
}

/** Is `r`, right after a verb of taking a side, the position it takes? */
export function positionObject(block: BlockModel, clause: Clause, r: Range): boolean {
  const reach = POSITION_VERBS.get(clause.cue.info.lemma);
  if (reach === undefined || block.quoted[r.from] === true) return false;
  // "took suspected diet pills", "the feared nemesis": a participle used as an adjective.
  if (ADJECTIVAL_BEFORE.has(block.tags[clause.cue.from - 1] ?? 'punct')) return false;
  const tag = block.tags[r.from] ?? 'punct';
  if (!OBJECT_OPENERS.has(tag)) return false;
  // "fear losing their jobs": a gerund is an act or an outcome, never a person.
  if (tag === 'verb')
    return reach === 'any' && block.tokens[r.from]?.lower.endsWith('ing') === true;
  const end = taggedPhraseEnd(block, r.from, r.to);
  if (end <= r.from) return false;
  if (reach === 'claim') return namesDecision(block, r.from, end);
  // A name heading the object ("feared Smith") is a person or a party.
  return block.tags[end - 1] !== 'name';
}
