/**
 * What kind of claim a cue reports, as data: a minister's words (speech), a central bank's forecast
 * (projection), a group's fear (belief), a study's result (finding), a witness's account
 * (testimony). The popup shows "forecast" apart from "said" with it, and a reader weighs a poll's
 * finding differently from a politician's belief. Keyed by the cue's lemma, so verbs, noun cues
 * ("his prediction that") and stance adjectives share one table; anything unlisted is speech.
 */
import type { ClaimClass } from '../types';
import { lazyMap, lazySet, type LazyMap, type LazySet } from './lazy';
import { singulars } from './plurals';

// prettier-ignore
const CLASSES: Record<Exclude<ClaimClass, 'speech'>, string> = {
  projection:
    'forecast project predict expect estimate anticipate calculate signal prediction projected ' +
    'forecasts expectation',
  belief:
    'believe think hope worry fear doubt feel consider regard suspect assume reckon suppose ' +
    'wonder know realize realise agree disagree worried concerned convinced confident optimistic ' +
    'skeptical sceptical hopeful fearful view belief link see decide figure position opinion ' +
    'notion concern welcome aware afraid',
  finding:
    'find show reveal indicate suggest demonstrate determine conclude confirm discover identify detect ' +
    'document hint conclusion finding unveil rule hold convict acquit verdict ruling support ' +
    'corroborate contradict',
  testimony: 'testify recount recall describe remember confess plead attest swear testimony',
};

/** Lemma → claim class, for every lemma that is not plain speech. */
export const CLAIM_CLASSES: LazyMap<string, ClaimClass> = lazyMap<string, ClaimClass>(() => [
  ...Object.entries(CLASSES).flatMap(([cls, lemmas]) =>
    lemmas.split(/\s+/).map((lemma) => [lemma, cls as ClaimClass] as const),
  ),
  // Phrasal lemmas, which the space-separated lists cannot hold: "turned up evidence of".
  ['turn up', 'finding'],
]);

/** The class of claim a cue with this lemma reports; speech when the lemma is not listed. */
export function claimClassOf(lemma: string | undefined): ClaimClass {
  return (lemma === undefined ? undefined : CLAIM_CLASSES.get(lemma)) ?? 'speech';
}

/** Claim classes whose verb may take a plain noun phrase as its claim ("forecast three rises"). */
export function takesObjectClaim(cls: ClaimClass): boolean {
  return cls === 'finding' || cls === 'projection';
}

/**
 * Objects that are findings whoever finds them: "found evidence of plumes", "showed signs of
 * recovery", "found no link between". A person who "found the car" reports nothing.
 */
// prettier-ignore
export const EVIDENCE_OBJECTS: LazySet<string> = lazySet(() => [
  'evidence', 'signs', 'sign', 'traces', 'trace', 'proof', 'indications', 'indication', 'link',
  'links', 'connection', 'association', 'correlation',
  // "found no difference in infection rates", "found a cause-and-effect relationship".
  'difference', 'differences', 'relationship',
]);

/**
 * Those whose trade is finding things out: after one of them a finding verb reports a result even
 * with a plain object ("researchers identified a gene", "the team discovered a comet"), where
 * "police found a body" reports an act. Plurals are found through their singular.
 */
// prettier-ignore
export const RESEARCH_SUBJECTS: LazySet<string> = lazySet(() => [
  'researcher', 'scientist', 'team', 'colleague', 'astronomer', 'biologist', 'geologist',
  'physicist', 'chemist', 'epidemiologist', 'archaeologist', 'archeologist', 'paleontologist',
  'palaeontologist', 'neuroscientist', 'geneticist', 'ecologist', 'oceanographer', 'climatologist',
  'virologist', 'author', 'paper', 'investigator', 'economist', 'statistician', 'analyst',
]);

/** A research noun in the singular or plural ("scientists", "the team", "one paper"). */
export const isResearchWord = (word: string): boolean =>
  RESEARCH_SUBJECTS.has(word) || singulars(word).some((s) => RESEARCH_SUBJECTS.has(s));

/** Verdict words after a finding verb's object: "found him guilty", "found the firm liable". */
// prettier-ignore
export const VERDICT_WORDS: LazySet<string> = lazySet(() => [
  'guilty', 'innocent', 'liable', 'responsible', 'negligent', 'culpable', 'competent', 'unfit',
]);

/**
 * Nouns that name a claim as such, so "that suspicion", "this claim" point back to the one just
 * reported: the clause holding them comments on the claim from outside it.
 */
// prettier-ignore
export const CLAIM_NOUNS: LazySet<string> = lazySet(() => [
  'suspicion', 'claim', 'view', 'belief', 'idea', 'notion', 'theory', 'assertion', 'promise',
  'argument', 'assessment', 'prediction', 'hypothesis', 'contention', 'allegation', 'assumption',
]);

/**
 * Nouns that a "that" clause completes ("evidence that the oceans ...", "fears that prices ..."):
 * after one, "that" opens the noun's content, not a claim of the verb before it.
 */
// prettier-ignore
export const COMPLEMENT_NOUNS: LazySet<string> = lazySet(() => [
  'evidence', 'fact', 'sign', 'signs', 'hope', 'hopes', 'fear', 'fears', 'concern', 'concerns',
  'news', 'report', 'reports', 'rumor', 'rumors', 'rumour', 'rumours', 'possibility', 'chance',
  'likelihood', 'impression', 'sense', 'feeling', 'suggestion', 'warning', 'message', 'conclusion',
  'finding', 'findings', 'proof', 'indication', 'speculation', 'doubt', 'doubts', 'confidence',
  'expectation', 'expectations', 'word', 'claims', 'views', 'beliefs', 'ideas', 'theories',
  'allegations', 'assurance', 'assurances', 'insistence', 'recognition', 'realization',
]);

/**
 * Nouns that name an utterance or a document rather than say what it holds: "demanded an
 * explanation", "reported the latest news", "had written a will" carry no claim of their own.
 */
// prettier-ignore
export const UTTERANCE_NOUNS: LazySet<string> = lazySet(() => [
  'explanation', 'statement', 'story', 'news', 'answer', 'answers', 'comment', 'comments',
  'question', 'questions', 'remarks', 'speech', 'letter', 'will', 'apology', 'response', 'update',
]);

/**
 * Nouns that name a claim, plan or position rather than a person or a thing: what one can dispute
 * ("questioned the proposed timescale", "challenged the ministry's figures"). A verb of doubt
 * reports a stance only on such an object; "questioned the suspect" is police work.
 */
// prettier-ignore
export const DISPUTABLE_NOUNS: LazySet<string> = lazySet(() => [
  'approach', 'concern', 'concerns', 'claim', 'claims', 'plan', 'plans', 'decision', 'decisions',
  'need', 'wisdom', 'value', 'validity', 'legality', 'legitimacy', 'assumption', 'assumptions',
  'figures', 'data', 'accuracy', 'motives', 'motive', 'strategy', 'policy', 'policies',
  'proposal', 'proposals', 'timescale', 'timeline', 'timetable', 'timing', 'logic', 'rationale',
  'premise', 'estimate', 'estimates', 'findings', 'conclusion', 'conclusions', 'results',
  'methodology', 'account', 'version', 'narrative', 'characterization', 'assessment', 'analysis',
  'argument', 'arguments', 'idea', 'notion', 'wording', 'definition', 'merits', 'cost',
  'costs', 'effectiveness', 'fairness', 'independence', 'impartiality', 'commitment', 'sincerity',
]);

/** Verbs of doubt whose object, when it names a claim (`DISPUTABLE_NOUNS`), is the claim disputed. */
// prettier-ignore
export const DISPUTING: LazySet<string> = lazySet(() => [
  'question', 'challenge', 'dispute', 'doubt', 'contest',
]);

/**
 * Verbs that show a thing as readily as they report a claim ("revealed its new model" against
 * "revealed plans to close the plant"): their object is a claim only when it names one
 * (`DISPUTABLE_NOUNS`); a clause after them always is.
 */
export const REVEALING: LazySet<string> = lazySet(() => ['reveal']);

/**
 * Verbs of belief and of taking a side whose object is what is held ("fear a collapse of trade",
 * "welcomed the handover of power"), each with how wide its object may be: `any` takes any object
 * but a person (one fears a person without reporting a claim), `claim` only one naming a decision
 * or a claim (one welcomes guests as readily as a ruling).
 */
export const POSITION_VERBS: LazyMap<string, 'any' | 'claim'> = lazyMap<string, 'any' | 'claim'>(
  () => [
    ['fear', 'any'],
    ['suspect', 'any'],
    ['welcome', 'claim'],
  ],
);

/** Nouns that name a decision or an act one can welcome ("the decision", "the quick response"). */
// prettier-ignore
export const DECISION_NOUNS: LazySet<string> = lazySet(() => [
  'decision', 'ruling', 'verdict', 'move', 'response', 'handover', 'announcement', 'agreement',
  'deal', 'offer', 'initiative', 'step', 'steps', 'proposal', 'plan', 'plans', 'changes', 'reform',
  'reforms', 'report', 'findings', 'judgment', 'judgement', 'settlement', 'ceasefire', 'truce',
]);

/** Verbs that make a thing public, whose made announcement's object is its claim (announced.ts). */
export const ANNOUNCING: LazySet<string> = lazySet(() => ['announce']);

/** Possessives of people, before which one noun is a personal event ("his retirement"). */
export const PERSONAL_POSSESSIVES: LazySet<string> = lazySet(() => [
  'his',
  'her',
  'their',
  'my',
  'our',
]);

/**
 * Nouns by which the author sums up a whole reported act after a comma: "..., a rare admission",
 * "..., in a sign of recovery", "..., a move that will cost jobs". Such an appositive judges the
 * claim from outside; it is no part of what the source said.
 */
// prettier-ignore
export const COMMENT_NOUNS: LazySet<string> = lazySet(() => [
  'admission', 'concession', 'acknowledgement', 'acknowledgment', 'sign', 'signal', 'indication',
  'reversal', 'turnaround', 'departure', 'rebuke', 'setback', 'blow', 'move', 'boast', 'echo',
  'nod', 'swipe', 'dig', 'jab', 'example', 'step', 'gesture', 'shift', 'escalation',
  // "..., a finding that paves the way for ...": the author weighing a reported result.
  'finding', 'discovery', 'breakthrough', 'revelation',
]);

/**
 * Nouns for what a study or report concludes, which head a list's header ("Key findings of the
 * study include:"): the items that follow are the study's.
 */
// prettier-ignore
export const FINDING_HEADS: LazySet<string> = lazySet(() => [
  'findings', 'conclusions', 'results', 'recommendations', 'highlights', 'takeaways',
]);
