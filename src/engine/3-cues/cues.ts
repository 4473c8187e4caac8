/**
 * Stage 4: find the attributing words of a sentence — reporting verbs in any inflection (with their
 * particles: "point out", "called for"), "according to", "was quoted as saying", and noun cues owned
 * by a possessor ("his warning that"). Quoted words are never cues of the outer sentence.
 */
import { participleLink } from './participle-link';
import { isDisplayKind } from '../1-text/display';
import { isBareClause } from './complement';
import { labelFollows } from './naming';
import { titleCaseVerb } from './title-case';
import { activeAsCue, SEE_FORMS, seeCue } from './see';
import { ACTIVE_AS_FORMS } from '../lexicon/frames';
import { withCourtSetting } from './testimony';
import { nounCue } from './noun-cues';
import { bareAccusation, contactClauseBefore, nounUse, pluralNounSubject } from './noun-uses';
import { catenativeAt, evidenceParticiple, withAbsolute } from './absolute';
import { reactionAt } from './reaction';
import { demandParticiple, voicesNext, writtenDemand } from './demand-participle';
import { literalUse, mannerAccording } from './literal-uses';
import { passiveAdverbAt, passiveWithAgent } from './passive';
import { writtenObject } from './written-object';
import { messageAsObject, messageParticiple } from './message-participle';
import { adjunctStance, stanceCopulaAt } from './stance-adjective';
import { estimateAtCue } from './estimate-at';
import { smallClauseCue } from './small-clause';
import { purposeStanceCue } from './purpose-stance';
import { PURPOSE_NOUNS } from '../lexicon/purpose';
import { FIGURE_VERB_FORMS } from '../lexicon/estimates';
import { SMALL_CLAUSE_FORMS } from '../lexicon/judging';
import type { CueHit } from './cue-hit';
import { NOUN_CUES } from '../lexicon/phrases';
import { COMMITMENT_LEMMAS } from '../lexicon/complements';
import { PHRASAL_FORMS, STANCE_ADJECTIVES, VERB_FORMS, type VerbInfo } from '../lexicon/verbs';
import { OF_LEMMAS, phrasalOnly, withParticles } from './phrasal';
import { madeItClearCue } from './made-clear';
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import { WH_WORDS } from '../lexicon/words';
import { inClass, tokenClass } from '../lexicon/token-classes';
import { endsWithText } from '../1-text/word-end';

export type { CueForm, CueHit } from './cue-hit';

const BE_FORMS = lazySet(() => ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
// prettier-ignore
const ING_OPENERS = lazySet(() => [
  ',', 'as', 'while', 'by', 'after', 'before', 'without', 'and', '\u2014', 'despite',
]);
// prettier-ignore
const NOUN_OPENERS = lazySet(() => [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my',
  'your', 'no', 'any',
]);
/** Words that open a passive agent ("by the ministry", "by many Africans"). */
// prettier-ignore
const AGENT_OPENERS = lazySet(() => [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'many', 'some', 'several', 'other', 'both',
]);
/** Words after which "called X" is a speaker calling someone something, not a name given. */
const SUBJECT_LIKE = lazySet(() => [
  'he',
  'she',
  'they',
  'it',
  'who',
  'also',
  'and',
  'publicly',
  'once',
]);
/** Words after which an -ing cue is a participle of the main clause, not its own verb. */
// prettier-ignore
const PARTICIPLE_LINKS = lazySet(() => [
  ',', '\u2014', 'and', 'before', 'after', 'while', 'by', 'without', 'despite',
]);
const ACCORDING: VerbInfo = { lemma: 'according to', class: 'neutral', complement: 'any' };

function verbCue(block: BlockModel, i: number, sentence: Sentence): CueHit | null {
  const t = block.tokens[i];
  if (t === undefined) return null;
  const clear = madeItClearCue(block, i, sentence.to);
  if (clear !== null) return clear;
  const adjective = STANCE_ADJECTIVES.get(t.lower);
  const copula = adjective === undefined ? -1 : stanceCopulaAt(block, i, sentence.from);
  if (adjective !== undefined && copula >= 0) {
    const next = block.tokens[i + 1];
    const linked = next?.lower === 'about' || next?.lower === 'that' || next?.lower === 'over';
    if (linked) return { from: copula, to: i + 2, info: adjective, form: 'verb' };
    if (next?.cap === true && block.quoted[i + 1] !== true)
      return { from: copula, to: i + 1, info: adjective, form: 'verb' };
    // "The Press Council is concerned the laws would crush ...": a bare clause follows ("so sure
    // what he was doing" asks, it states nothing).
    if (
      !WH_WORDS.has(next?.lower ?? '') &&
      isBareClause(block, { from: i + 1, to: sentence.to }, true)
    )
      return { from: copula, to: i + 1, info: { ...adjective, complement: 'any' }, form: 'verb' };
    return null;
  }
  if (adjective !== undefined && adjunctStance(block, i, sentence.from))
    return { from: i, to: i + 2, info: adjective, form: 'participle' };
  const info = VERB_FORMS.get(t.lower) ?? phrasalOnly(block, i);
  if (info === undefined) return null;
  if (info.complement === 'quote' && !labelFollows(block, i, sentence.to)) return null;
  if (t.cap && i > sentence.from && !isDisplayKind(block.kind)) return null;
  // "United States", "Islamic State", "Washington Post": a capitalised form after a name is a noun.
  if (
    t.cap &&
    block.tokens[i - 1]?.cap === true &&
    !/s$/.test(t.lower) &&
    !titleCaseVerb(block, i, info, sentence)
  )
    return null;
  if (
    t.cap &&
    (t.lower === 'states' || t.lower === 'state' || t.lower === 'post' || t.lower === 'times')
  )
    return null;
  const prev = block.tokens[i - 1];
  const next = block.tokens[i + 1];
  const prevLower = i > sentence.from ? (prev?.lower ?? '') : '';
  if (literalUse(block, i, info, sentence)) return null;
  // "audit reports urging lower fares": a voicing noun before its request is no verb.
  if (voicesNext(block, i, VERB_FORMS.get(next?.lower ?? '')?.lemma)) return null;
  // "a Spanish group called Energy Control": a naming participle after a common noun.
  if (
    (t.lower === 'called' || t.lower === 'named' || t.lower === 'dubbed') &&
    next?.cap === true &&
    prev !== undefined &&
    prev.isWord &&
    !prev.cap &&
    !SUBJECT_LIKE.has(prevLower)
  )
    return null;
  // "criticized by the administration for ...": a passive participle; the frames stage reads it.
  if (
    endsWithText(t.lower, 'ed') &&
    next?.lower === 'by' &&
    AGENT_OPENERS.has(block.tokens[i + 2]?.lower ?? '')
  )
    return null;
  if (passiveWithAgent(block, i)) return null;
  // "Some slow-and-steady advocates have argued", "Russian claims are false": an -s form the
  // tagger reads as a plural noun, right before an auxiliary, heads the subject of that verb.
  if (pluralNounSubject(block, i, info)) return null;
  if (nounUse(block, i, info) || bareAccusation(block, i, info, sentence.to)) return null;
  // "one project or the other", "each report": a bare form after a numeral is a noun.
  if (t.lower === info.lemma && COUNTERS.has(prevLower)) return null;
  // "Smith, convicted of fraud in 2010, ...": a verdict verb reports one only with its object.
  if (VERDICT_LEMMAS.has(info.lemma) && (prevLower === ',' || !chargeFollows(block, i, sentence)))
    return null;
  // "that claimed", unlike "that report": a relative pronoun before a past-tense verb.
  const relativePast =
    prevLower === 'that' && (endsWithText(t.lower, 'ed') || IRREGULAR_PASTS.has(t.lower));
  // "to say" is an infinitive; "the students we spoke to said" ends a clause with its preposition.
  const strandedTo =
    prevLower === 'to' && t.lower !== info.lemma && contactClauseBefore(block, i - 2);
  // "Scientists used to believe", "voters are beginning to feel": the subject holds the view.
  const lead = prevLower === 'to' && info.class === 'stance' ? catenativeAt(block, i - 2) : -1;
  if (lead >= 0) return { from: lead, to: i + 1, info, form: 'verb' };
  // "The scientists were surprised to find that ...": the finders' reaction reports the finding.
  const reaction = prevLower === 'to' ? reactionAt(block, i - 1, info.lemma) : -1;
  if (reaction >= 0) return { from: reaction, to: i + 1, info, form: 'verb' };
  if (
    // "sources who spoke with her said": the tagger read "her" as the object (`object-her.ts`).
    (NOUN_OPENERS.has(prevLower) && !relativePast && block.tags[i - 1] !== 'pron') ||
    (prevLower === 'to' && !strandedTo) ||
    endsWithText(prevLower, "'s")
  )
    return null;
  // "demands of China", "claims of fraud": a plural noun before "of", not "warns of" or "speaks of".
  if (
    next?.lower === 'of' &&
    endsWithText(t.lower, 's') &&
    t.lower !== info.lemma &&
    !OF_LEMMAS.has(info.lemma)
  )
    return null;
  // "is regarded", "is widely regarded": a passive participle, whose subject does not speak.
  const passiveBe =
    BE_FORMS.has(prevLower) ||
    (passiveAdverbAt(block, i - 1) &&
      i - 1 > sentence.from &&
      BE_FORMS.has(block.tokens[i - 2]?.lower ?? ''));
  if (
    (passiveBe && endsWithText(t.lower, 'ed')) ||
    (passiveBe &&
      ['said', 'told', 'thought', 'found', 'shown', 'written', 'read'].includes(t.lower))
  ) {
    if (t.lower === 'quoted' && next?.lower === 'as' && block.tokens[i + 2]?.lower === 'saying') {
      return {
        from: i - 1,
        to: i + 3,
        info: { lemma: 'say', class: 'neutral', complement: 'any' },
        form: 'verb',
      };
    }
    return null;
  }
  if (endsWithText(t.lower, 'ing')) {
    // "Noting that the plan was dead, Smith resigned": a participle of the main subject.
    if (i === sentence.from && t.cap && info.class !== 'stance')
      return { from: i, to: i + 1, info, form: 'participle', fronted: true };
    // "..., with critics calling it a tax grab": the -ing verb's own subject follows "with".
    // "studies suggesting that ...": the evidence noun before the verb is its subject.
    if (evidenceParticiple(block, i, info.lemma))
      return { from: i, to: i + 1, info, form: 'verb', reduced: true };
    // "a petition calling for tight limits": the voicing noun before the verb is its subject;
    // "released a petition calling for ...": a writing as an object speaks for the main subject.
    if (demandParticiple(block, i, info.lemma))
      return withParticles(
        block,
        writtenDemand(block, i, sentence.from)
          ? { from: i, to: i + 1, info, form: 'participle' }
          : { from: i, to: i + 1, info, form: 'verb', reduced: true },
      );
    const absolute = withAbsolute(block, i, sentence.from);
    // "held a banner saying ...": the main subject's words, carried by its object.
    if (writtenObject(block, i, sentence.from))
      return { from: i, to: i + 1, info, form: 'participle' };
    // "Lee's tweet calling her a fraud": the message before the verb carries its claim.
    // "released a statement warning that ...": a message as an object speaks for the subject.
    if (messageParticiple(block, i, info))
      return withParticles(
        block,
        messageAsObject(block, i, sentence.from)
          ? { from: i, to: i + 1, info, form: 'participle' }
          : { from: i, to: i + 1, info, form: 'verb', reduced: true },
      );
    // "city officials are also warning residents": one adverb may stand between "be" and the verb.
    const beBefore =
      BE_FORMS.has(prevLower) ||
      (block.tags[i - 1] === 'adv' && BE_FORMS.has(block.tokens[i - 2]?.lower ?? ''));
    const link = participleLink(block, i, sentence.from);
    if (!ING_OPENERS.has(link) && !beBefore && !absolute) return null;
    // "and continuing to eat them", "adding to the pressure": an infinitive or "to" object.
    // "threatening to sue" keeps its infinitive, for the agent check of 4-claims/commitment.ts.
    if (info.complement !== 'any' && next?.lower === 'to' && !COMMITMENT_LEMMAS.has(info.lemma))
      return null;
    // ", saying", "and adding", "before convicting": the verb shares the main clause's subject.
    const form = PARTICIPLE_LINKS.has(link) ? 'participle' : 'verb';
    return withParticles(block, { from: i, to: i + 1, info, form });
  }
  return withParticles(block, { from: i, to: i + 1, info, form: 'verb' });
}

/**
 * Irregular past forms: after "that" they are a relative clause's verb ("a post that said", "a
 * study that found").
 */
const IRREGULAR_PASTS = lazySet(() => ['said', 'told', 'wrote', 'found']);
/** Words that count a noun: a bare verb form after them is that noun ("one project"). */
const COUNTERS = lazySet(() => ['one', 'each', 'every', 'another', 'either', 'neither']);
/** Verbs of a verdict, whose claim is the person and the charge ("convicted Webb of ..."). */
const VERDICT_LEMMAS = lazySet(() => ['convict', 'acquit']);
const OBJECT_TAGS = lazySet<Tag>(() => ['det', 'poss', 'pron', 'name', 'noun', 'num', 'adj']);

/** Prepositions that name a verdict's charge ("of arson", "on two counts", "for fraud"). */
const CHARGE_PREPS = lazySet(() => ['of', 'on', 'for']);
/** Longest object before the charge, in tokens ("the former governor of the province"). */
const MAX_CONVICTED = 8;

/**
 * "convicted two men of arson": an object, then its charge. Without one ("court convicts
 * Navalny") the verdict names a person, not what the court found.
 */
function chargeFollows(block: BlockModel, i: number, sentence: Sentence): boolean {
  if (!startsObject(block, i + 1)) return false;
  const end = Math.min(sentence.to, i + 2 + MAX_CONVICTED);
  for (let k = i + 2; k < end; k += 1) {
    const w = block.tokens[k]?.lower ?? '';
    if (block.quoted[k] === true || !CHARGE_PREPS.has(w)) continue;
    // "on three counts", not "on Friday": a day or a date is no charge.
    if (w !== 'on' || block.tokens[k + 1]?.cap !== true) return true;
  }
  return false;
}

/** Does a noun phrase or pronoun open at token `k`? */
function startsObject(block: BlockModel, k: number): boolean {
  return block.quoted[k] !== true && OBJECT_TAGS.has(block.tags[k] ?? 'punct');
}

/** A past or -ing reporting verb opening a quote right after a name: 'Lecornu "insisted ...'. */
function quoteInitialCue(block: BlockModel, i: number): CueHit | null {
  const t = block.tokens[i];
  const mark = block.tokens[i - 1];
  const name = block.tokens[i - 2];
  if (t === undefined || mark === undefined || name === undefined) return null;
  if (block.quoted[i - 1] === true || block.quoted[i - 2] === true || mark.isWord || !name.cap)
    return null;
  const info = VERB_FORMS.get(t.lower);
  if (info === undefined || !(endsWithText(t.lower, 'ed') || endsWithText(t.lower, 'ing')))
    return null;
  return { from: i, to: i + 1, info, form: 'verb', quoteInitial: true };
}

const MAX_CUES_PER_SENTENCE = 24;

/**
 * Every word that can start a verb or noun cue: the keys of the four tables `verbCue` and `nounCue`
 * consult. One look-up here skips both for the many words that are in none of them.
 */
const CUE_WORDS = lazySet(() => [
  ...STANCE_ADJECTIVES.keys(),
  ...VERB_FORMS.keys(),
  ...PHRASAL_FORMS.keys(),
  ...NOUN_CUES.keys(),
  ...SEE_FORMS,
  ...ACTIVE_AS_FORMS.keys(),
  ...FIGURE_VERB_FORMS.keys(),
  ...SMALL_CLAUSE_FORMS.keys(),
  ...PURPOSE_NOUNS.keys(),
]);

/** `CUE_WORDS` as a token's bit: `findCues` asks it of every word outside quotes. */
const CUE_CLASS = tokenClass(CUE_WORDS);

/** Every cue of one sentence, left to right. */
export function findCues(block: BlockModel, sentence: Sentence): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (block.quoted[i] === true) {
      const hit = quoteInitialCue(block, i);
      if (hit !== null) hits.push(hit);
      continue;
    }
    const t = block.tokens[i];
    if (t === undefined || !t.isWord) continue;
    if (t.lower === 'according' && block.tokens[i + 1]?.lower === 'to') {
      if (mannerAccording(block, i)) continue;
      hits.push({ from: i, to: i + 2, info: ACCORDING, form: 'according' });
      i += 1;
      continue;
    }
    if (!inClass(t, CUE_CLASS)) continue;
    // "his often-repeated vow that": a word the tagger reads as a noun is tried as one first.
    const noun = block.tags[i] === 'noun';
    const hit =
      purposeStanceCue(block, i, sentence) ??
      activeAsCue(block, i, sentence) ??
      estimateAtCue(block, i, sentence) ??
      smallClauseCue(block, i, sentence) ??
      (noun ? nounCue(block, i) : null) ??
      verbCue(block, i, sentence) ??
      (noun ? null : nounCue(block, i)) ??
      seeCue(block, i, sentence);
    if (hit !== null) {
      hits.push(withCourtSetting(block, hit));
      i = hit.to - 1;
    }
    // Real sentences carry a handful of cues; hostile text must not make the scan quadratic.
    if (hits.length >= MAX_CUES_PER_SENTENCE) break;
  }
  return hits;
}
