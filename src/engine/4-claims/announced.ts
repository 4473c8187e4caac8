/**
 * Announcements with a noun-phrase object: "the airline announced an order of 50 jets", "NASA
 * announced the newest milestone of its launch system". What an organisation or a person makes
 * public is its claim even without a that-clause. Only a made announcement counts: one merely
 * planned or expected ("will announce", "is set to announce", "to announce") has no content yet,
 * and a bare personal event ("announced his retirement") is news about the speaker, not a claim.
 */
import type { Range } from './clause';
import type { Clause } from './content';
import type { BlockModel } from '../1-text/model';
import { taggedPhraseEnd } from '../5-speakers/phrase-end';
import {
  ANNOUNCING,
  DECISION_NOUNS,
  DISPUTABLE_NOUNS,
  PERSONAL_POSSESSIVES,
} from '../lexicon/claims';
import { lazySet } from '../lexicon/lazy';

/** A possessor's ending ("company's"). */
const POSSESSOR = /['’]s$/;

/** Words before the verb that make the announcement one not (yet) made. */
// prettier-ignore
const NOT_MADE = lazySet(() => [
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", 'not',
  'never',
]);

/** Is the verb of `clause` an announcing verb in a finite, made form ("announced", "announces")? */
function madeAnnouncement(block: BlockModel, clause: Clause): boolean {
  const verb = block.tokens[clause.cue.from]?.lower ?? '';
  if (!verb.endsWith('ed') && !verb.endsWith('es')) return false;
  let k = clause.cue.from - 1;
  // "also announced", "officially announced": an adverb before the verb changes nothing.
  while (block.tags[k] === 'adv') k -= 1;
  return !NOT_MADE.has(block.tokens[k]?.lower ?? '');
}

/**
 * "his retirement", "their departures in recent months": a personal possessive before its own
 * noun — not before another owner ("his company's plans") or a noun naming a plan or a position
 * ("her proposal to ...").
 */
function personalEvent(block: BlockModel, r: Range): boolean {
  if (!PERSONAL_POSSESSIVES.has(block.tokens[r.from]?.lower ?? '')) return false;
  const noun = block.tokens[r.from + 1]?.lower ?? '';
  return !POSSESSOR.test(noun) && !DISPUTABLE_NOUNS.has(noun);
}

/** Does `r`, right after the verb of `clause`, hold an announced noun phrase? */
export function announcedObject(block: BlockModel, clause: Clause, r: Range): boolean {
  if (!ANNOUNCING.has(clause.cue.info.lemma) || clause.cue.form !== 'verb') return false;
  if (clause.speaker.kind === 'unnamed' || block.quoted[r.from] === true) return false;
  if (!madeAnnouncement(block, clause)) return false;
  const end = taggedPhraseEnd(block, r.from, r.to);
  return (end > r.from || bareClaimNoun(block, r.from)) && !personalEvent(block, r);
}

/**
 * "announced plans to extend ...", "announced changes to the rules": right after the verb, a
 * plural such as "plans" is the object noun however the tagger read it (two finite verbs do not
 * follow each other).
 */
function bareClaimNoun(block: BlockModel, k: number): boolean {
  const word = block.tokens[k]?.lower ?? '';
  return (
    block.tags[k] === 'verb' &&
    block.quoted[k] !== true &&
    (DISPUTABLE_NOUNS.has(word) || DECISION_NOUNS.has(word))
  );
}
