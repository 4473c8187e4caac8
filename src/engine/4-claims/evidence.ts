/**
 * Stage 6f: findings and projections, whose sources are often not people and whose claims are
 * often not clauses. "A flurry of work in recent years shows that ...": the subject is a noun
 * phrase no source list knows, found by its tags. "A new poll shows majority support for X",
 * "the video shows officers racing up a staircase", "the bank forecast three increases next
 * year": the claim is a noun phrase. Speech verbs keep needing a clause; only the classes that
 * report a result or an expectation (`lexicon/claims.ts`) take an object, and a finding's object
 * only from a body of evidence ("the study found ...") or when it is evidence itself ("found
 * evidence of ..."), so that "police found the car" and "she showed up" stay the author's.
 */
import type { Range } from './clause';
import type { Clause } from './content';
import type { CueHit } from '../3-cues/cues';
import {
  claimClassOf,
  DISPUTABLE_NOUNS,
  DISPUTING,
  EVIDENCE_OBJECTS,
  REVEALING,
  takesObjectClaim,
  VERDICT_WORDS,
} from '../lexicon/claims';
import {
  isEvidenceWord,
  PROJECTING_EVIDENCE,
  TESTIFYING_SOURCES,
  typeFromHead,
} from '../lexicon/sources';
import type { ClaimClass } from '../types';
import { lazySet } from '../lexicon/lazy';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { taggedPhraseLeft } from '../5-speakers/chunk';
import { taggedPhraseEnd } from '../5-speakers/phrase-end';
import type { NounPhrase } from '../5-speakers/phrase';
import { skipAuxLeft } from '../5-speakers/skip-aux';
import { subjectBeforeParticiple } from '../5-speakers/participial';
import { announcedObject } from './announced';
import { positionObject } from './position';
import { phraseHeadedBy, researchResult } from './research';

/** Tags that may stand right before a subject found by tags: the start of a clause. */
const CLAUSE_EDGES = lazySet(() => ['punct', 'sub', 'rel']);
/** Prepositions that also open a clause ("after tests showed", "before scans found"). */
const CLAUSE_PREPS = lazySet(() => ['after', 'before', 'since', 'until']);
/** Object pronouns and reflexives: "found him", "showed itself" are acts, not findings. */
// prettier-ignore
const OBJECT_PRONOUNS = lazySet(() => [
  'him', 'her', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves', 'itself',
  'ourselves', 'myself', 'yourself', 'one', 'everyone', 'someone', 'anyone',
]);

/** Finding verbs of discovery, whose evidence object is a finding whoever finds it. */
const DISCOVERING = lazySet(() => ['find', 'discover', 'detect', 'uncover', 'identify', 'turn up']);

/**
 * Verbs that publish a result: "health authorities reported its third case". ("Announced a new
 * strategy" is an act, not a claim; "report" with an object is news.)
 */
const REPORTING = lazySet(() => ['report']);

const classOf = (cue: CueHit) => cue.claim ?? claimClassOf(cue.info.lemma);

/**
 * "A flurry of work in recent years shows", "Those facts suggest", "a preliminary study in rats
 * hints": the subject of a finding or projection verb by tags, when no source list knew its head.
 * It must open a clause (sentence start, comma, conjunction, "that"), so an object of an earlier
 * verb is never taken for it.
 */
export function evidenceSubject(
  block: BlockModel,
  cue: CueHit,
  sentence: Sentence,
): NounPhrase | null {
  if (cue.form !== 'verb' || !takesObjectClaim(classOf(cue))) return null;
  let j = skipAuxLeft(block, cue.from - 1, sentence.from);
  // "An analysis of the data, which arrived last year, suggests": the subject before the aside.
  const aside = relativeAsideStart(block, j, sentence.from);
  if (aside >= 0) j = skipAuxLeft(block, aside - 1, sentence.from);
  if (j < sentence.from) return null;
  // "A study published in May, which ..., found": a participle post-modifier before the aside.
  const participial = aside >= 0 ? subjectBeforeParticiple(block, j, sentence.from) : null;
  if (participial !== null) return participial;
  const np = taggedPhraseLeft(block, j, sentence.from);
  if (np === null) return null;
  let from = np.from;
  // "existing research into hibernation": a participle before the noun modifies it.
  if (block.tokens[from - 1]?.lower.endsWith('ing') === true && from - 1 >= sentence.from)
    from -= 1;
  // "Howitt and Garett’s work": names joined by "and" own the phrase together.
  while (block.tokens[from - 1]?.lower === 'and' && block.tags[from - 2] === 'name') {
    from -= 2;
    while (from - 1 >= sentence.from && block.tags[from - 1] === 'name') from -= 1;
  }
  return opensClauseAt(block, from, sentence.from) ? { ...np, from } : null;
}

/** Relatives that open an aside on the noun before them. */
const ASIDE_RELATIVES = lazySet(() => ['which', 'who']);
/** How many tokens a relative aside between a subject and its verb may span. */
const MAX_ASIDE = 16;

/**
 * The opening comma of a relative aside (", which landed a year ago,") whose closing comma is
 * token `j`, or -1 when `j` closes none: no quotation or other mark may stand inside it.
 */
function relativeAsideStart(block: BlockModel, j: number, floor: number): number {
  if (block.tokens[j]?.text !== ',' || block.quoted[j] === true) return -1;
  for (let k = j - 1; k > floor && k >= j - MAX_ASIDE; k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return -1;
    if (t.isWord) continue;
    if (t.text !== ',') return -1;
    return ASIDE_RELATIVES.has(block.tokens[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/** Does a clause start at `from`: the sentence start, or after a mark, "that" or a subordinator? */
function opensClauseAt(block: BlockModel, from: number, floor: number): boolean {
  const edge = from - 1;
  if (edge < floor) return true;
  const tag = block.tags[edge] ?? 'punct';
  // "monkeys and humans shows": "and" between nouns joins a phrase; it opens a clause only first
  // in the sentence or after a comma.
  if (tag === 'conj') return edge === floor || block.tokens[edge - 1]?.text === ',';
  // "After tests showed ...": a preposition that also subordinates opens a clause.
  if (tag === 'prep') return CLAUSE_PREPS.has(block.tokens[edge]?.lower ?? '');
  return CLAUSE_EDGES.has(tag);
}

/** Is the speaker phrase a body of evidence ("the video", "a 2018 analysis of the data")? */
const isEvidencePhrase = (block: BlockModel, np: NounPhrase): boolean =>
  phraseHeadedBy(block, np, isEvidenceWord);

/**
 * Does `r`, right after a finding or projection verb, hold its claim as a noun phrase? The phrase
 * must open `r` (by tags); a finding also needs an evidence subject or an evidence object.
 */
export function objectClaimFits(block: BlockModel, clause: Clause, r: Range): boolean {
  const cls = classOf(clause.cue);
  if (announcedObject(block, clause, r) || positionObject(block, clause, r)) return true;
  // "questioned the proposed timescale": a verb of doubt takes a claim noun as its object.
  if (DISPUTING.has(clause.cue.info.lemma) || REVEALING.has(clause.cue.info.lemma))
    return (
      block.quoted[r.from] !== true && (namesClaim(block, r) || evidenceReveals(block, clause, r))
    );
  if (!takesObjectClaim(cls) && !REPORTING.has(clause.cue.info.lemma)) return false;
  const first = block.tokens[r.from];
  if (first === undefined || block.quoted[r.from] === true) return false;
  const pronoun = OBJECT_PRONOUNS.has(first.lower);
  const end = pronoun ? r.from + 1 : taggedPhraseEnd(block, r.from, r.to);
  if (end === r.from) return false;
  // "the jury found him guilty": a verdict, whoever the object.
  if (clause.cue.info.lemma === 'find' && isVerdict(block, r)) return true;
  // "Viking found nitrogen to be the second gas": a judgement of the object, whoever finds it.
  if (clause.cue.info.lemma === 'find' && !pronoun && judgedToBe(block, end, r.to)) return true;
  const speaker = clause.speaker.kind === 'phrase' ? clause.speaker.np : null;
  // "to find out what the photos turn up this time": after "what" the verb's object is "what"
  // itself; the words after the verb are an adjunct, not a claim.
  if (speaker !== null && block.tokens[speaker.from - 1]?.lower === 'what') return false;
  if (REPORTING.has(clause.cue.info.lemma)) return !pronoun && reportedObject(block, end, r.to);
  // "The central bank sees inflation at 2%": a forecast only from an institution.
  if (clause.cue.info.lemma === 'see') return speaker !== null && isForecaster(block, speaker);
  // "Researchers identified a gene": those who do research report a result with a plain object.
  const evidence =
    speaker !== null &&
    (isEvidencePhrase(block, speaker) ||
      (DISCOVERING.has(clause.cue.info.lemma) && researchResult(block, speaker, clause, r)));
  if (cls === 'finding') {
    if (evidence) return !pronoun || end < r.to - 2;
    // "found evidence of plumes", unlike "showed signs of illness" (a state, not a result).
    return (
      !pronoun && DISCOVERING.has(clause.cue.info.lemma) && objectIsEvidence(block, r.from, end)
    );
  }
  return !pronoun;
}

/**
 * "The images reveal the comet growing brighter": what a body of evidence reveals is its finding,
 * whatever the object names (a person revealing "a new model" shows a thing).
 */
function evidenceReveals(block: BlockModel, clause: Clause, r: Range): boolean {
  if (!REVEALING.has(clause.cue.info.lemma) || clause.speaker.kind !== 'phrase') return false;
  const first = block.tokens[r.from]?.lower ?? '';
  return !OBJECT_PRONOUNS.has(first) && isEvidencePhrase(block, clause.speaker.np);
}

/** "evidence of massive plumes", "no signs of damage": an object headed by an evidence noun. */
function objectIsEvidence(block: BlockModel, from: number, end: number): boolean {
  return nounBeforePrep(block, from, end, EVIDENCE_OBJECTS);
}

/** Is a word of `nouns` in tokens [from, end) before the first preposition? */
function nounBeforePrep(
  block: BlockModel,
  from: number,
  end: number,
  nouns: { has(word: string): boolean },
): boolean {
  for (let k = from; k < end; k += 1) {
    if (block.tags[k] === 'prep') break;
    if (nouns.has(block.tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/** "the proposed convergence timescale", "Gates' concern about": `r` opens a phrase headed so. */
/**
 * Does the object in `r` name a claim ("the proposed timescale", "plans to close")? Right after
 * the verb a bare plural such as "plans" is the object noun, however the tagger read it.
 */
function namesClaim(block: BlockModel, r: Range): boolean {
  const bare =
    block.tags[r.from] === 'verb' && DISPUTABLE_NOUNS.has(block.tokens[r.from]?.lower ?? '');
  return bare || headIn(block, r, DISPUTABLE_NOUNS);
}

function headIn(block: BlockModel, r: Range, nouns: { has(word: string): boolean }): boolean {
  const end = taggedPhraseEnd(block, r.from, r.to);
  return end > r.from && nounBeforePrep(block, r.from, end, nouns);
}

/** Verbs of describing whose claim is "X as Y" ("described her daughter as brave"). */
const DESCRIBING = lazySet(() => ['describe', 'portray', 'characterize', 'characterise']);
const PHRASE_OPENERS = lazySet(() => ['prep', 'conj']);

/**
 * Is the claim after a verb a phrase, not a clause, by its shape: a prepositional object
 * ("confessed to the crime", "warned of the dangers") or the "X as Y" of a describing verb?
 * Such a claim ends where the next clause begins (`tails.ts`).
 */
export function isObjectPhrase(block: BlockModel, r: Range, cue: CueHit): boolean {
  if (block.quoted[r.from] === true) return false;
  if (PHRASE_OPENERS.has(block.tags[r.from] ?? 'punct')) return true;
  if (!DESCRIBING.has(cue.info.lemma)) return false;
  const end = taggedPhraseEnd(block, r.from, r.to);
  const at = end > r.from ? end : r.from + 1;
  return block.tokens[at]?.lower === 'as' && block.quoted[at] !== true;
}

const VERDICT_REACH = 6;

/** "him guilty", "the company not liable": a verdict word a few words after the object opens. */
function isVerdict(block: BlockModel, r: Range): boolean {
  for (let k = r.from + 1; k < Math.min(r.to, r.from + VERDICT_REACH); k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord || block.quoted[k] === true) return false;
    if (VERDICT_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Does "to be" follow the object ending at `end` ("found the water to be safe")? */
function judgedToBe(block: BlockModel, end: number, ceiling: number): boolean {
  return (
    end + 1 < ceiling &&
    block.tokens[end]?.lower === 'to' &&
    block.tokens[end + 1]?.lower === 'be' &&
    block.quoted[end] !== true
  );
}

/**
 * "reported two arrests to police" is an act; "reported its third case on Sunday" is news, and so
 * is "reported the decision to let him go", where "to" opens the noun's infinitive, not an addressee.
 */
function reportedObject(block: BlockModel, end: number, ceiling: number): boolean {
  return end >= ceiling || block.tokens[end]?.lower !== 'to' || block.tags[end + 1] === 'verb';
}

/** Sources whose "sees X at 2%" is a forecast: institutions and those paid to forecast. */
// prettier-ignore
const FORECASTERS = lazySet(() => [
  'economists', 'analysts', 'forecasters', 'strategists', 'markets', 'investors', 'traders',
  'policymakers', 'fed',
]);

/** "the central bank", "the IMF", "economists": an institution or a forecaster, not a witness. */
function isForecaster(block: BlockModel, np: NounPhrase): boolean {
  const head = block.tokens[np.to - 1];
  if (head === undefined) return false;
  const type = typeFromHead(head.lower);
  return (
    type === 'government' ||
    type === 'organization' ||
    FORECASTERS.has(head.lower) ||
    /^[A-Z]{2,}$/.test(head.text)
  );
}

/**
 * The claim class a speech verb takes from an evidence source: what a report "says" or what is
 * true "according to the data" is a finding, "according to projections" a projection; what a
 * statement or a minister says stays speech, and eyewitness accounts give testimony. Undefined
 * when the verb's own class stands.
 */
export function sourceClaim(block: BlockModel, clause: Clause): ClaimClass | undefined {
  const cue = clause.cue;
  if (cue.claim !== undefined || claimClassOf(cue.info.lemma) !== 'speech') return undefined;
  if (clause.speaker.kind !== 'phrase') return undefined;
  const np = clause.speaker.np;
  const head = block.tokens[np.to - 1]?.lower ?? '';
  if (TESTIFYING_SOURCES.has(head)) return 'testimony';
  if (!isEvidencePhrase(block, np)) return undefined;
  return PROJECTING_EVIDENCE.has(head) ? 'projection' : 'finding';
}
