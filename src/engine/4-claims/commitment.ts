/**
 * Threats with an infinitive: "the union threatened to strike" (COMMITMENT_LEMMAS: "expect" was
 * measured and left out). The same verbs describe things that cannot speak ("the fire threatened
 * to engulf the village", "the dispute threatens to derail the talks"), so the infinitive is a
 * claim only when the subject is an agent: a name, a personal pronoun, or a noun that names people
 * or an institution.
 */
import type { Range } from './clause';
import type { Clause } from './content';
import { isInfinitive } from '../3-cues/complement';
import type { BlockModel } from '../1-text/model';
import { mainSubjectPhrase } from '../5-speakers/subject';
import type { NounPhrase } from '../5-speakers/phrase';
import { COMMITMENT_LEMMAS } from '../lexicon/complements';
import { lazySet } from '../lexicon/lazy';
import { isPersonNoun } from '../lexicon/people';
import { typeFromHead } from '../lexicon/sources';

/** Pronouns that stand for people ("it" is as often a thing: "it threatens to collapse"). */
const PERSONAL = lazySet(() => ['he', 'she', 'they', 'we', 'i', 'you']);

/** Is the phrase headed by a name, a personal pronoun, or a noun for people or a body? */
function isAgent(block: BlockModel, np: NounPhrase): boolean {
  const last = np.to - 1;
  const head = block.tokens[last]?.lower ?? '';
  if (np.to - np.from === 1 && PERSONAL.has(head)) return true;
  if (block.tags[last] === 'name') return true;
  const type = typeFromHead(head);
  if (type !== null) return type !== 'document';
  return isPersonNoun(head, block.tags[last] === 'noun');
}

/** The subject phrase of `clause`, when it is written in the sentence. */
function subjectOf(block: BlockModel, clause: Clause): NounPhrase | null {
  if (clause.speaker.kind === 'phrase') return clause.speaker.np;
  if (clause.speaker.kind === 'main-subject')
    return mainSubjectPhrase(block, clause.speaker.sentence);
  return null;
}

/** Does `r` hold the infinitive an agent threatened ("to strike")? */
export function commitmentFits(block: BlockModel, clause: Clause, r: Range): boolean {
  if (!COMMITMENT_LEMMAS.has(clause.cue.info.lemma) || !isInfinitive(block, r)) return false;
  const np = subjectOf(block, clause);
  return np !== null && isAgent(block, np);
}
