/**
 * Stage 4: a reporting verb reduced after the message that carries it ("Lee's tweet calling her a
 * fraud", "a blog post reaffirming the ban", "false certifications attesting they had checked").
 * The message right before the "-ing" verb is its subject, as in a relative clause ("a tweet that
 * called her a fraud"); its claim runs to the next comma (4-claims/reduced.ts). Requests after a
 * voicing noun (demand-participle.ts) and findings after evidence (absolute.ts) come first.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { MESSAGE_NOUNS } from '../lexicon/voices';
import type { VerbInfo } from '../lexicon/verbs';
import { claimClassOf, takesObjectClaim } from '../lexicon/claims';

/**
 * Is the "-ing" verb at `i` a reporting verb reduced after a message noun? The verb must take
 * what follows as its own: an infinitive ("a post claiming to be Lee") is left to the verb rules.
 */
export function messageParticiple(block: BlockModel, i: number, info: VerbInfo): boolean {
  const prev = block.tokens[i - 1];
  if (prev === undefined || block.quoted[i - 1] === true || block.quoted[i] === true) return false;
  if (!MESSAGE_NOUNS.has(prev.lower) || block.tags[i - 1] === 'verb') return false;
  const next = block.tokens[i + 1];
  if (next === undefined || !next.isWord || next.lower === 'to') return false;
  // "a video showing the rescue" depicts; "a graph showing that prices rose" states.
  return !takesObjectClaim(claimClassOf(info.lemma)) || next.lower === 'that';
}

/** Tags of the words of an object phrase before its head noun ("a signed letter"). */
const OBJECT_WORDS = lazySet(() => ['det', 'poss', 'adj', 'noun', 'name', 'num']);
/** Most words of an object phrase before the message noun. */
const MAX_OBJECT = 5;

/**
 * "released a statement warning that ...": is the message before the verb at `i` the direct
 * object of a main verb (nothing but its own phrase between them)? Its words are then the main
 * subject's. After a preposition ("responding to Lee's tweet calling ...") the message speaks.
 */
export function messageAsObject(block: BlockModel, i: number, from: number): boolean {
  for (let k = i - 2; k >= Math.max(from, i - 2 - MAX_OBJECT); k -= 1) {
    if (block.quoted[k] === true) return false;
    const tag = block.tags[k] ?? 'punct';
    if (tag === 'verb') return true;
    if (!OBJECT_WORDS.has(tag)) return false;
  }
  return false;
}
