/**
 * Stage 6f: a body of evidence whose post-modifiers stand between it and its finding verb — "A 2019
 * survey of more than 3,000 adults found", "a study involving 84 households in Germany found",
 * "data compiled by the agency show", "the latest survey, from 2019, showed". The tag chunker
 * (`chunk.ts`) stops at "than", at a participle or at a comma, and the phrase it returns then opens
 * no clause, while the name scan takes a name inside the post-modifier ("in Germany") for the
 * subject; so this runs before both. Here the subject is found by its head: an
 * evidence noun (a study, a survey, data) or a research noun (researchers) that opens a clause,
 * followed up to the verb only by the words a post-modifier is made of.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { CueHit } from '../3-cues/cues';
import type { NounPhrase } from '../5-speakers/phrase';
import { skipAuxLeft } from '../5-speakers/skip-aux';
import { claimClassOf, isResearchWord, takesObjectClaim } from '../lexicon/claims';
import { lazySet } from '../lexicon/lazy';
import { LEADER_PARTICIPLES } from '../lexicon/phrase-words';
import { isEvidenceWord } from '../lexicon/sources';

/** How far left of the verb the head may stand, in tokens. */
const MAX_REACH = 16;

/** Tags of the words a post-modifier is made of ("of more than 3,000 British adults"). */
const MODIFIER_TAGS = lazySet(() => ['noun', 'name', 'adj', 'num', 'det', 'poss', 'prep', 'adv']);

/** Tags before the head that belong to its phrase ("A 2012 randomized controlled study"). */
const PRE_TAGS = lazySet(() => ['noun', 'name', 'adj', 'num', 'det', 'poss']);

/** Tags that stand before a clause's subject: a mark, a conjunction, a subordinator. */
const CLAUSE_EDGES = lazySet(() => ['punct', 'sub', 'rel', 'conj']);

/** A participle that opens a post-modifier ("involving", "led", "compiled", "published"). */
const PARTICIPLE = /(?:ing|ed)$/;

/** Is the word at `k` a head this rule reads: evidence or research? */
function isHead(block: BlockModel, k: number): boolean {
  const tag = block.tags[k];
  if (tag !== 'noun' && tag !== 'name') return false;
  const lower = block.tokens[k]?.lower ?? '';
  return isEvidenceWord(lower) || isResearchWord(lower);
}

/**
 * May the token at `k`, after the head and before the verb, belong to a post-modifier? Words of a
 * phrase, prepositions, participles, and commas that set off a prepositional aside (", from
 * 2019,"); never a finite verb, a quotation, or another clause's opener.
 */
function inPostModifier(block: BlockModel, k: number): boolean {
  if (block.quoted[k] === true) return false;
  const tag = block.tags[k] ?? 'punct';
  if (MODIFIER_TAGS.has(tag)) return true;
  const t = block.tokens[k];
  if (tag === 'verb') return PARTICIPLE.test(t?.lower ?? '');
  return t?.text === ',' && block.tags[k + 1] === 'prep';
}

/** Does the token at `k` stand before a head as its modifier ("2012", "randomized")? */
function preModifier(block: BlockModel, k: number): boolean {
  if (PRE_TAGS.has(block.tags[k] ?? 'punct')) return true;
  // "A 2014 randomized study": a participle after a determiner or a number is an adjective.
  return (
    block.tags[k] === 'verb' &&
    PARTICIPLE.test(block.tokens[k]?.lower ?? '') &&
    PRE_TAGS.has(block.tags[k - 1] ?? 'punct')
  );
}

/** Where the head's phrase opens: back over its determiners and modifiers. */
function phraseStart(block: BlockModel, head: number, floor: number): number {
  let from = head;
  while (from - 1 >= floor && preModifier(block, from - 1)) from -= 1;
  return from;
}

/**
 * Does a clause open at `from`: the sentence start, or after a mark or a subordinator? "And" opens
 * one only after a comma; between nouns ("the Securities and Exchange Commission inquiry") it
 * joins a name.
 */
function opensClause(block: BlockModel, from: number, floor: number): boolean {
  if (from <= floor) return true;
  const tag = block.tags[from - 1] ?? 'punct';
  if (tag === 'conj') return from - 1 === floor || block.tokens[from - 2]?.text === ',';
  return CLAUSE_EDGES.has(tag);
}

/**
 * The subject of a finding or projection verb whose head is an evidence or research noun set off
 * from the verb by its post-modifiers, or null. The head must be followed by a post-modifier (a
 * phrase right before the verb is the chunker's), and a comma before the verb must close an
 * aside that a comma after the head opened.
 */
export function postModifiedEvidence(
  block: BlockModel,
  cue: CueHit,
  sentence: Sentence,
): NounPhrase | null {
  if (cue.form !== 'verb' || !takesObjectClaim(cue.claim ?? claimClassOf(cue.info.lemma)))
    return null;
  const j = skipAuxLeft(block, cue.from - 1, sentence.from);
  const floor = Math.max(sentence.from, j - MAX_REACH);
  let commas = 0;
  for (let k = j; k >= floor; k -= 1) {
    if (k < j && isHead(block, k)) {
      const next = block.tokens[k + 1];
      const opens =
        block.tags[k + 1] === 'prep' ||
        next?.text === ',' ||
        (block.tags[k + 1] === 'verb' && PARTICIPLE.test(next?.lower ?? ''));
      const from = phraseStart(block, k, sentence.from);
      // The phrase ends at its head; the post-modifier stands between it and the verb, as an
      // appositive does, so the source is named "a 2012 study", not "Germany".
      if (opens && commas % 2 === 0 && opensClause(block, from, sentence.from))
        return { from, to: k + 1, appositive: { from: k + 1, to: j + 1 }, structural: true };
    }
    if (!inPostModifier(block, k)) {
      if (block.tokens[k]?.text !== ',' || k !== j) return null;
    }
    if (block.tokens[k]?.text === ',') commas += 1;
  }
  return null;
}

/**
 * The subject to keep, of the post-modified evidence phrase `post` and the one the other rules
 * found (`found`): `post` when they found none or one that starts inside its post-modifier ("a
 * study involving 60 schools in Chile found": not "Chile"). A leader named after "led by" keeps
 * the phrase the participle rule gave it ("a team led by Ann Roe found": Ann Roe).
 */
export function preferPostModified(
  block: BlockModel,
  post: NounPhrase | null,
  found: NounPhrase | null,
): NounPhrase | null {
  if (post === null) return found;
  if (found === null) return post;
  if (found.from <= post.from) return found;
  return LEADER_PARTICIPLES.has(block.tokens[post.to]?.lower ?? '') ? found : post;
}
