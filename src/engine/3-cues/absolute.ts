/**
 * Stage 4: a with-absolute after a main clause ("..., with critics calling it a tax grab"). The noun
 * phrase after "with" is the subject of the -ing verb, so the verb is a cue with a speaker of its
 * own, not a participle of the main clause's subject.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { claimClassOf, takesObjectClaim } from '../lexicon/claims';
import { lazySet } from '../lexicon/lazy';
import { singulars } from '../lexicon/plurals';
import { isEvidenceWord } from '../lexicon/sources';

/** The longest subject between "with" and the -ing verb, in words. */
const MAX_SUBJECT = 7;
/** Tags a subject noun phrase is made of. */
const PHRASE_TAGS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'noun', 'name', 'num']);
/** Tags a subject phrase can end on, right before its verb. */
const HEAD_TAGS = lazySet<Tag>(() => ['noun', 'name']);
/** Marks that set the absolute off from the main clause before it. */
const SETTERS = lazySet(() => [',', '\u2014', '(']);

/**
 * Is the -ing word at `i` the verb of a with-absolute: "with" right after a comma or dash (or at
 * the sentence's start), then a noun phrase ending in a noun or a name, then the verb?
 */
export function withAbsolute(block: BlockModel, i: number, floor: number): boolean {
  return withAbsoluteAt(block, i, floor) >= 0;
}

/** The index of the "with" opening the with-absolute whose -ing verb is at `i`, or -1. */
export function withAbsoluteAt(block: BlockModel, i: number, floor: number): number {
  if (!HEAD_TAGS.has(block.tags[i - 1] ?? 'punct')) return -1;
  for (let k = i - 1; k >= Math.max(floor, i - 1 - MAX_SUBJECT); k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return -1;
    if (t.lower === 'with' && k < i - 1) {
      const before = block.tokens[k - 1];
      return k === floor || (before !== undefined && SETTERS.has(before.text)) ? k : -1;
    }
    if (!PHRASE_TAGS.has(block.tags[k] ?? 'punct')) return -1;
  }
  return -1;
}

/** Writings that, like a body of evidence, suggest or show: "theories suggesting he was killed". */
const ARGUING_NOUNS = lazySet(() => [
  'theory',
  'theories',
  'article',
  'articles',
  'paper',
  'papers',
]);

/** Pictures, whose "showing" depicts a scene ("a video showing the moment X was rescued"). */
const DEPICTIONS = lazySet(() => ['video', 'footage', 'image', 'imagery', 'photo', 'picture']);

/** A picture in the singular or plural ("videos", "images"). */
const isDepiction = (word: string): boolean =>
  DEPICTIONS.has(word) || singulars(word).some((s) => DEPICTIONS.has(s));

/**
 * Is the -ing word at `i` a finding verb reduced after its evidence ("studies suggesting that",
 * "data showing a rise")? The evidence noun right before it is its subject, as in a relative
 * clause ("studies that suggest"); a person's "a man showing signs" reports nothing. The tagger
 * often reads a plural noun there as a verb ("studies"), so the word decides, not its tag.
 */
export function evidenceParticiple(block: BlockModel, i: number, lemma: string): boolean {
  const prev = block.tokens[i - 1];
  const tag = block.tags[i - 1];
  return (
    prev !== undefined &&
    block.quoted[i - 1] !== true &&
    (tag === 'noun' || tag === 'verb') &&
    takesObjectClaim(claimClassOf(lemma)) &&
    !isDepiction(prev.lower) &&
    (isEvidenceWord(prev.lower) || ARGUING_NOUNS.has(prev.lower))
  );
}

/** Verbs that pass their subject to an infinitive ("began to think", "are tempted to believe"). */
// prettier-ignore
const CATENATIVES = lazySet(() => [
  'begin', 'began', 'begun', 'beginning', 'begins', 'start', 'started', 'starting', 'starts',
  'used', 'tend', 'tended', 'tends', 'tempted', 'come', 'came', 'coming',
]);

/**
 * The token opening a verb that hands its subject to the infinitive after token `k` + 1 ("used"
 * in "used to believe"), or -1: the belief is then the subject's own.
 */
export function catenativeAt(block: BlockModel, k: number): number {
  const t = block.tokens[k];
  if (t === undefined || block.quoted[k] === true || !CATENATIVES.has(t.lower)) return -1;
  return block.tags[k] === 'verb' || block.tags[k] === 'adj' ? k : -1;
}
