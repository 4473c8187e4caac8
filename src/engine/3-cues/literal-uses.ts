/**
 * Uses of a reporting verb that report nothing: a naming participle ("a group, called Energy
 * Control,"), a physical sense ("blasted out particles"), trust in a person ("believed the clerk"),
 * a hypothetical speaker ("some might say"), the first word of a compound noun ("think tank"), a
 * gesture ("she says, pointing to the map"), an event raising a worry ("the attack raised fears").
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazyMap, lazySet } from '../lexicon/lazy';
import type { VerbInfo } from '../lexicon/verbs';
import { isRoleWord, typeFromHead } from '../lexicon/sources';
import { possessionUse } from './possession';
import { idiomUse } from './idioms';
import { topicShift } from './topic-shift';

/** Participles that give a name ("called", "named", "dubbed"). */
const NAMING = lazySet(() => ['called', 'named', 'dubbed']);

/** Particles and prepositions of motion: "blast" with them moves matter, it does not criticise. */
// prettier-ignore
const MOTION = lazySet(() => [
  'out', 'apart', 'off', 'away', 'into', 'through', 'across', 'up', 'down', 'open',
]);

/** Verbs whose literal sense is force, not speech ("blast", "slam the door shut"). */
const FORCE_LEMMAS = lazySet(() => ['blast', 'slam']);

/** Belief verbs that, with a bare person or thing as object, mean trust ("believed the clerk"). */
const TRUST_LEMMAS = lazySet(() => ['believe', 'doubt']);

/** Tags that can stand in a short object phrase ("the night clerk", "Ms Lee", "him"). */
const OBJECT_TAGS = lazySet(() => ['det', 'poss', 'adj', 'noun', 'name', 'pron']);

/** What may follow the comma after such an object: the object's own relative, or an aside. */
const AFTER_OBJECT = lazySet(() => ['who', 'whom', 'too', 'either', 'instead']);

/** Verbs whose sense before a given particle reports nothing ("she hails from Ohio"). */
const LITERAL_BEFORE = lazyMap<string, string>(() => [['hail', 'from']]);

/** Nouns that make a verb form the first word of a compound noun ("a think tank said"). */
const COMPOUND_HEADS = lazySet(() => ['tank', 'tanks']);

/**
 * Modals that make a speaker hypothetical ("some might say", "critics might argue") or speak of
 * what a speaker is able to do ("the board could decide that", "a user can say 'stop'"), not of
 * anything said. Not "may" ("others may argue that" reports a view news does attribute), nor
 * "would"/"will" (reported or scheduled speech: "he said she would argue that").
 */
const HYPOTHETICAL = lazySet(() => ['might', 'can', 'could', 'cannot']);

/**
 * Verbs whose participle after a comma gives the motive or knowledge behind an act the author
 * narrates ("They sat in the lobby, hoping for a glimpse"; "set out, knowing they might not
 * return"), not a claim anyone voiced.
 */
const MOTIVE_LEMMAS = lazySet(() => ['hope', 'know']);

/** Verbs of arranging or proceeding after which "according to" means "by" or "as set by". */
// prettier-ignore
const MANNER_VERBS = lazySet(() => [
  'classified', 'sorted', 'ranked', 'grouped', 'divided', 'vary', 'varies', 'varied', 'adjusted',
  'priced', 'arranged', 'graded', 'categorized', 'categorised', 'scaled', 'tailored', 'went',
  'go', 'goes', 'going', 'gone', 'proceed', 'proceeded', 'proceeding', 'acted', 'behave',
  'behaved',
]);

/** Objects of "according to" that are a standard, not a source ("according to plan"). */
const STANDARDS = lazySet(() => ['plan', 'schedule', 'tradition', 'custom', 'size', 'age']);

/**
 * "viruses are classified according to the type of protein", "it went according to plan": the
 * phrase at `i` ("according to") gives a manner or a standard; nobody is the source of anything.
 */
export function mannerAccording(block: BlockModel, i: number): boolean {
  return (
    MANNER_VERBS.has(block.tokens[i - 1]?.lower ?? '') ||
    STANDARDS.has(block.tokens[i + 2]?.lower ?? '')
  );
}

/** A capitalised word or "the" + a capitalised word at `k`: the start of a name. */
function nameAt(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  if (t === undefined || block.quoted[k] === true) return false;
  if (t.cap) return true;
  return t.lower === 'the' && block.tokens[k + 1]?.cap === true;
}

/**
 * "The group, called Energy Control, ...", "Called the Isis Temple, it ...", "He called it
 * PageRank": the verb gives something a name; no one claims anything.
 */
function namingUse(block: BlockModel, i: number, sentence: Sentence): boolean {
  const t = block.tokens[i];
  if (t === undefined || !NAMING.has(t.lower)) return false;
  // A sentence-initial participle names the subject that follows it.
  if (i === sentence.from) return nameAt(block, i + 1);
  const prev = block.tokens[i - 1];
  const before = block.tokens[i - 2];
  // ", called X": an appositive naming the common noun before the comma.
  if (prev?.text === ',' && before?.isWord === true && !before.cap && nameAt(block, i + 1))
    return true;
  // "called it PageRank": an unquoted name after the pronoun object.
  return (
    block.tokens[i + 1]?.lower === 'it' &&
    block.tokens[i + 2]?.cap === true &&
    block.quoted[i + 2] !== true
  );
}

/** "blast out particles", "blasted apart her body", "blasted it across the cosmos". */
function forceUse(block: BlockModel, i: number, info: VerbInfo): boolean {
  if (!FORCE_LEMMAS.has(info.lemma)) return false;
  return (
    MOTION.has(block.tokens[i + 1]?.lower ?? '') || MOTION.has(block.tokens[i + 2]?.lower ?? '')
  );
}

/**
 * "The manager believed the clerk, who said ...", "she believes him.": a belief verb whose object
 * is a short phrase closed by the sentence (or by a comma before its own relative or "too") has
 * no clause after it — the claim, if any, is the trusted person's, not the believer's.
 */
function trustUse(block: BlockModel, i: number, info: VerbInfo, sentence: Sentence): boolean {
  if (!TRUST_LEMMAS.has(info.lemma)) return false;
  let k = i + 1;
  while (k < sentence.to && k <= i + 4 && OBJECT_TAGS.has(block.tags[k] ?? '')) {
    if (block.quoted[k] === true || block.tokens[k]?.lower === 'that') return false;
    k += 1;
  }
  if (k === i + 1) return false;
  const end = block.tokens[k];
  if (k >= sentence.to || end === undefined) return true;
  if (end.text === '.' || end.text === ';' || end.text === '!') return true;
  return end.text === ',' && AFTER_OBJECT.has(block.tokens[k + 1]?.lower ?? '');
}

/** ", hoping to ...", ", knowing that ...": a participle of motive closing a narrated act. */
function motiveUse(block: BlockModel, i: number, info: VerbInfo): boolean {
  const t = block.tokens[i];
  if (t === undefined || !MOTIVE_LEMMAS.has(info.lemma) || !t.lower.endsWith('ing')) return false;
  return block.tokens[i - 1]?.text === ',';
}

/** Objects that make "say" report no content: "said nothing about", "says very little". */
const EMPTY_OBJECTS = lazySet(() => ['nothing', 'little', 'much', 'same', 'things']);

/** Words that may stand between "say" and such an object ("very little", "the same"). */
const OBJECT_DEGREE = lazySet(() => ['very', 'so', 'too', 'the']);

/**
 * "The ministry said nothing about the case", "he says very little, but", "men say the same.":
 * the object is an amount of talk, not a claim. "He said nothing would change" keeps its clause:
 * the word after the object must be a preposition, "that"/"to", or punctuation.
 */
function emptySay(block: BlockModel, i: number, info: VerbInfo): boolean {
  if (info.lemma !== 'say') return false;
  let k = i + 1;
  if (OBJECT_DEGREE.has(block.tokens[k]?.lower ?? '')) k += 1;
  if (!EMPTY_OBJECTS.has(block.tokens[k]?.lower ?? '') || block.quoted[k] === true) return false;
  const after = block.tokens[k + 1];
  if (after === undefined || !after.isWord) return true;
  return block.tags[k + 1] === 'prep' || after.lower === 'that' || after.lower === 'to';
}

/** Speech verbs a gesture may accompany ("she says, pointing to the vials"). */
const GESTURED = lazySet(() => ['say', 'says', 'said', 'saying', 'adds', 'added', 'explains']);

/**
 * "'Here it is,' she says, pointing to the vials": pointing that goes with the words just said is
 * a gesture at a thing, not evidence offered for a claim.
 */
function gestureUse(block: BlockModel, i: number, info: VerbInfo): boolean {
  if (info.lemma !== 'point' || block.tokens[i + 1]?.lower !== 'to') return false;
  // "will seek to play down the rift and point to areas of cooperation": a second infinitive
  // inside a claim already reported, not a verb of its own.
  if (block.tokens[i]?.lower === 'point' && block.tokens[i - 1]?.lower === 'and') return true;
  if (block.tokens[i - 1]?.text !== ',') return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k -= 1)
    if (GESTURED.has(block.tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * "The attack raised concerns that ...": an event or a thing gives rise to a worry; only a source
 * (a person, a body, a document) voices one. The subject is the noun right before the verb.
 */
function eventRaise(block: BlockModel, i: number, info: VerbInfo): boolean {
  if (info.lemma !== 'raise' || block.tags[i - 1] !== 'noun') return false;
  const head = block.tokens[i - 1]?.lower ?? '';
  return typeFromHead(head) === null && !isRoleWord(head);
}

/** True when the verb at `i` is a reporting verb used in a sense that attributes no claim. */
export function literalUse(
  block: BlockModel,
  i: number,
  info: VerbInfo,
  sentence: Sentence,
): boolean {
  if (namingUse(block, i, sentence) || forceUse(block, i, info)) return true;
  if (trustUse(block, i, info, sentence) || motiveUse(block, i, info)) return true;
  if (emptySay(block, i, info) || gestureUse(block, i, info)) return true;
  if (eventRaise(block, i, info) || possessionUse(block, i, info)) return true;
  if (topicShift(block, i, info, sentence)) return true;
  if (COMPOUND_HEADS.has(block.tokens[i + 1]?.lower ?? '') || idiomUse(block, i, info)) return true;
  const particle = LITERAL_BEFORE.get(info.lemma);
  if (particle !== undefined && particle === block.tokens[i + 1]?.lower) return true;
  // "Some might say ...", "the club could feasibly decide ...": a hypothetical speaker.
  return hypotheticalAt(block, i, sentence.from);
}

/** Is the verb at `i` right after a hypothetical modal, with at most one adverb between? */
function hypotheticalAt(block: BlockModel, i: number, from: number): boolean {
  const k = block.tags[i - 1] === 'adv' ? i - 2 : i - 1;
  return k >= from && block.quoted[k] !== true && HYPOTHETICAL.has(block.tokens[k]?.lower ?? '');
}
