/**
 * Source vocabulary as data: the nouns that make a noun phrase an anonymous source, a title or role,
 * a government body, an organization, a media outlet or a document. Entity typing reads these tables.
 */
import type { EntityType } from '../types';
import { GROUP_NOUNS } from './groups';
import { lazySet, LazySet, memoByWord } from './lazy';
import { isProfessionNoun } from './professions';
import { singulars } from './plurals';

/** Heads of anonymous sourcing ("officials said", "a source familiar with the matter"). */
// prettier-ignore
const ANONYMOUS_NOUNS = [
  'official', 'officials', 'source', 'sources', 'expert', 'experts', 'analyst', 'analysts',
  'people', 'person', 'critics', 'critic', 'observers', 'witnesses', 'witness', 'residents',
  'resident', 'diplomats', 'diplomat', 'insiders', 'insider', 'aides', 'aide', 'economists',
  'scientists', 'researchers', 'investigators', 'lawmakers', 'legislators', 'activists',
  'campaigners', 'protesters', 'protestors', 'officers', 'authorities', 'leaders', 'elders',
  'members', 'supporters', 'opponents', 'commentators', 'doctors', 'scholars', 'sceptics',
  'skeptics', 'hawks', 'advocates', 'users', 'locals', 'voters', 'parents', 'students', 'workers',
  'employees', 'executives', 'staff', 'many', 'some', 'others', 'rumors', 'rumours', 'reports',
  'comments', 'posters', 'poster', 'ancestors', 'woman', 'man', 'women', 'men', 'mother', 'father',
  'family', 'families', 'relatives', 'friends', 'fans', 'customers', 'patients', 'citizens',
  'consumers', 'neighbours', 'neighbors', 'bosses', 'owners', 'managers', 'teachers', 'nurses',
  'rivals', 'allies', 'colleagues', 'partners', 'detractors', 'defenders', 'backers',
  // "the team reports": a working group of people (researchers, investigators) speaks as one.
  'team', 'teams',
];

/** Plural heads of anonymous sourcing that are things said, not people ("reports said"). */
const SPEECH_PLURALS = lazySet(() => [
  'reports',
  'rumors',
  'rumours',
  'comments',
  'many',
  'others',
]);

/** Is this plural source head something said rather than people who say it? */
export function isSpeechPlural(word: string): boolean {
  return SPEECH_PLURALS.has(word);
}

/** Anonymous heads, with every people and community of faith or politics ("many Tunisians"). */
export const ANONYMOUS_HEADS: LazySet<string> = lazySet<string>(() => [
  ...ANONYMOUS_NOUNS,
  ...GROUP_NOUNS,
]);

/** Titles and roles: words that name what a person is ("President", "spokesman", "CEO"). */
// prettier-ignore
export const ROLE_WORDS = lazySet(() => [
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
  'chairwoman', 'chair', 'chief', 'director', 'ceo', 'cfo', 'founder', 'co-founder', 'head',
  'leader', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor',
  'gov', 'mayor', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'ambassador',
  'envoy', 'commissioner', 'deputy', 'general', 'gen', 'colonel', 'col', 'captain', 'sergeant',
  'inspector', 'superintendent', 'judge', 'justice', 'attorney', 'lawyer', 'prosecutor',
  'professor', 'prof', 'dr', 'doctor', 'editor', 'correspondent', 'reporter', 'analyst',
  'economist', 'researcher', 'scientist', 'fellow', 'adviser', 'advisor', 'aide', 'officer',
  'official', 'manager', 'executive', 'vice', 'skipper', 'ranger', 'supervisor', 'coach', 'owner',
  'partner', 'member', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'photographer',
  'veteran', 'resident', 'elder', 'counterpart', 'pope', 'bishop', 'rabbi', 'imam', 'sheikh',
  'lord', 'sir', 'dame', 'mr', 'mrs', 'ms', 'miss', 'emir', 'sultan', 'prime', 'foreign',
  'defense', 'defence', 'interior', 'finance', 'press', 'senior', 'state', 'mp', 'speaker',
  'ruler', 'dictator', 'candidate', 'nominee', 'activist', 'student', 'teacher', 'worker',
  'employee', 'co-worker', 'colleague', 'friend', 'neighbor', 'neighbour', 'priest', 'commander',
  'marshal', 'admiral', 'lieutenant', 'major', 'agent', 'detective', 'sheriff', 'programmer',
  'developer', 'engineer', 'designer', 'author', 'writer', 'historian', 'lawmaker', 'legislator',
  'politician', 'investor', 'banker', 'trader', 'strategist', 'consultant', 'expert', 'specialist',
  'physician', 'nurse', 'surgeon', 'psychologist', 'psychiatrist', 'lecturer', 'principal',
  'pastor', 'farmer', 'fisherman', 'driver', 'pilot', 'soldier', 'firefighter', 'paramedic',
  'victim', 'survivor', 'witness', 'neighbour', 'shopkeeper', 'organizer', 'organiser',
  'protester', 'voter', 'fan', 'player', 'athlete', 'actor', 'actress', 'singer', 'musician',
  'artist', 'producer', 'journalist', 'columnist', 'commentator', 'blogger', 'staffer', 'lobbyist',
  'defendant', 'plaintiff', 'suspect', 'councillor', 'councilman', 'councilwoman', 'trustee',
  'negotiator', 'mediator', 'observer', 'monitor', 'auditor', 'regulator', 'planner', 'architect',
  'chemist', 'biologist', 'physicist', 'epidemiologist', 'virologist', 'veterinarian', 'coo',
  'cto', 'president-elect', 'user', 'customer', 'patient', 'parent', 'citizen', 'host', 'boss',
  'fact-checker', 'creator', 'inventor', 'entrepreneur', 'landlord', 'tenant', 'mep', 'scholar',
  'academic', 'critic', 'reviewer', 'editor-in-chief', 'novelist', 'filmmaker', 'poet',
  'playwright', 'composer', 'songwriter', 'comedian', 'veep', 'advocate', 'campaigner',
]);

/** A role word in the singular or plural ("programmers", "officials", "secretaries"). */
const isPlainRoleWord = (word: string): boolean =>
  ROLE_WORDS.has(word) || singulars(word).some((s) => ROLE_WORDS.has(s)) || isProfessionNoun(word);

/**
 * A role word, also hyphenated after a prefix that keeps the role ("vice-president",
 * "co-founders", "ex-minister"): the last part is the role.
 */
export const isRoleWord: (word: string) => boolean = memoByWord(
  (word) =>
    isPlainRoleWord(word) || (word.includes('-') && isPlainRoleWord(word.replace(/^.*-/u, ''))),
);

/** A document noun in the singular or plural ("study", "studies", "surveys"). */
export function isDocumentWord(word: string): boolean {
  if (DOCUMENT_MARKERS.has(word)) return true;
  // Only a plural has singulars to try: the rest skip building the (empty) list.
  if (!word.endsWith('s')) return false;
  for (const s of singulars(word)) if (DOCUMENT_MARKERS.has(s)) return true;
  return false;
}

/** Honorifics that mark a following surname as a person ("Mr. Reeves", "Ms Parry"). */
export const HONORIFICS = lazySet(() => [
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
]);

/**
 * Domains a government portfolio is named by, which "and" joins inside one title ("Health and
 * Human Services Secretary X", "Housing and Urban Development Secretary Y"): before such a title
 * the word is part of it, not a second speaker.
 */
// prettier-ignore
export const PORTFOLIO_WORDS = lazySet(() => [
  'health', 'housing', 'education', 'energy', 'transportation', 'transport', 'agriculture',
  'commerce', 'labor', 'labour', 'veterans', 'homeland', 'science', 'trade', 'culture', 'fish',
  'food', 'environment', 'industry', 'tourism', 'youth', 'sport', 'sports', 'welfare', 'work',
  'works', 'pensions', 'communities', 'fisheries', 'forestry', 'mines', 'natural', 'treasury',
]);

/** Nouns marking a government body or official institution. */
// prettier-ignore
export const GOVERNMENT_MARKERS = lazySet(() => [
  'ministry', 'department', 'agency', 'government', 'kremlin', 'police', 'court', 'army',
  'military', 'administration', 'council', 'parliament', 'congress', 'senate', 'commission',
  'office', 'cabinet', 'authority', 'authorities', 'bureau', 'service', 'services', 'navy',
  'force', 'forces', 'pentagon', 'nasa', 'fbi', 'cia', 'embassy', 'state',
  'presidency', 'regulator', 'assembly', 'tribunal', 'prosecutors', 'fda', 'cdc', 'who', 'un',
  'nato', 'eu', 'city', 'county', 'house', 'elysee', 'whitehall', 'downing', 'troops',
  // Seats of government that stand for it, as "the Kremlin said" does.
  'knesset', 'bundestag', 'duma', 'capitol', 'quirinale', 'zhongnanhai', 'ministries', 'agencies',
  'departments', 'regulators', 'courts', 'judiciary', 'legislature', 'governments', 'jury',
  'juries',
]);

/** Nouns marking a company, party, or civil-society organization. */
// prettier-ignore
export const ORGANIZATION_MARKERS = lazySet(() => [
  'company', 'firm', 'inc', 'corp', 'corporation', 'ltd', 'group', 'party', 'union', 'association',
  'institute', 'institution', 'foundation', 'center', 'centre', 'university', 'college', 'bank',
  'club', 'league', 'federation', 'organization', 'organisation', 'society', 'campaign',
  'coalition', 'movement', 'fund', 'network', 'project', 'research', 'brokerage', 'utility',
  'market', 'alliance', 'committee', 'tribe', 'charity', 'llc', 'plc', 'co', 'industries',
]);

/** Nouns and names marking a news outlet. */
// prettier-ignore
export const MEDIA_MARKERS = lazySet(() => [
  'reuters', 'ap', 'afp', 'tass', 'interfax', 'ria', 'bloomberg', 'newspaper', 'news', 'times',
  'post', 'journal', 'tribune', 'guardian', 'telegraph', 'bbc', 'cnn', 'nbc', 'abc', 'cbs', 'fox',
  'magazine', 'tabloid', 'broadcaster', 'outlet', 'outlets', 'daily', 'herald', 'gazette',
  'insider', 'finance', 'xinhua', 'yonhap', 'kyodo', 'agency',
]);

/** Nouns marking a document, statement or data source. */
// prettier-ignore
export const DOCUMENT_MARKERS = lazySet(() => [
  'report', 'reports', 'study', 'statement', 'survey', 'poll', 'data', 'filing', 'transcript',
  'document', 'documents', 'memo', 'letter', 'analysis', 'estimate', 'estimates', 'figures',
  'records', 'release', 'signs', 'sign', 'paper', 'review', 'audit', 'ruling', 'lawsuit',
  'indictment', 'complaint', 'census', 'forecast', 'readout', 'website', 'post', 'tweet',
  'research', 'projections', 'statistics', 'footage', 'video', 'article', 'findings', 'analyses',
  'investigation', 'assessment', 'evaluation', 'inquiry', 'ranking', 'index', 'answer', 'account',
  'testimony', 'thread', 'minutes', 'note', 'guidelines', 'guidance', 'rules', 'notice', 'warning',
  'evidence',
]);

/**
 * Heads that make a subject a body of evidence rather than a person or a statement: what a video
 * shows, a poll finds or a flurry of work suggests is a claim even as a noun phrase ("the video
 * shows officers racing up a staircase"), where a person's "showed" or "found" is often an act
 * ("found the car"), and what it "says" is a finding, not speech. Typed as documents.
 */
// prettier-ignore
const EVIDENCE_NOUNS = lazySet(() => [
  'video', 'footage', 'image', 'imagery', 'photo', 'photograph', 'picture', 'recording', 'poll',
  'polling', 'data', 'figure', 'numbers', 'statistic', 'experiment', 'scan', 'observation',
  'measurement', 'simulation', 'work', 'evidence', 'fact', 'finding', 'analysis', 'analyses',
  'research', 'projection', 'calculation', 'spacecraft', 'telescope', 'probe', 'satellite',
  'report', 'study', 'survey', 'census', 'audit', 'review', 'estimate', 'forecast', 'assessment',
  'evaluation', 'investigation', 'inquiry', 'ranking', 'index', 'record', 'test', 'sample',
  'autopsy', 'biopsy',
]);

/** A body of evidence, singular or plural: data, footage, a study, a poll, a report. */
export const isEvidenceWord: (word: string) => boolean = memoByWord(
  (word) => EVIDENCE_NOUNS.has(word) || singulars(word).some((s) => EVIDENCE_NOUNS.has(s)),
);

/** Nouns of quantity before "of": "a number of analysts", "a large body of studies". */
// prettier-ignore
export const QUANTITY_NOUNS = lazySet(() => [
  'number', 'lot', 'lots', 'majority', 'minority', 'handful', 'couple', 'series', 'range',
  'variety', 'flurry', 'body', 'host', 'wealth', 'raft', 'spate', 'string', 'dozens', 'hundreds',
  'thousands', 'millions', 'set', 'group', 'pair', 'team',
]);

/** Accounts of witnesses: "according to eyewitness accounts", "her testimony says". */
export const TESTIFYING_SOURCES = lazySet(() => [
  'account',
  'accounts',
  'testimony',
  'testimonies',
  'deposition',
  'affidavit',
]);

/** Evidence whose claims look ahead: "according to projections", "the forecast says". */
export const PROJECTING_EVIDENCE = lazySet(() => [
  'forecast',
  'forecasts',
  'projection',
  'projections',
  'estimate',
  'estimates',
  'outlook',
]);

/**
 * Nouns a story uses for the person it is about once it has named them ("the actor", "the
 * singer", "the striker"): what someone is known as, not an office that an unnamed holder speaks
 * from ("the minister", "the spokesman").
 */
// prettier-ignore
const EPITHETS = lazySet(() => [
  'actor', 'actress', 'singer', 'star', 'rapper', 'musician', 'comedian', 'novelist', 'author',
  'filmmaker', 'songwriter', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback',
  'veteran', 'billionaire', 'entrepreneur', 'youngster', 'researcher', 'scientist', 'guitarist',
  'drummer', 'bassist', 'pianist', 'astronaut', 'athlete', 'artist', 'writer', 'poet', 'painter',
  'kid', 'outfielder', 'infielder', 'pitcher', 'shortstop', 'lefty', 'righty', 'linebacker',
  'receiver', 'swimmer', 'sprinter', 'golfer', 'boxer', 'fighter', 'rookie', 'founder', 'co-founder',
  'creator', 'superstar', 'songstress', 'frontman', 'frontwoman', 'right-hander', 'left-hander',
  'champion', 'champ', 'winger', 'spacewalker', 'patriarch', 'matriarch', 'royal',
  // A title one person holds at a time, which a story about that person may never write before
  // the name ("the president-elect", "the first lady").
  'president-elect', 'lady',
]);

/** "the actor", "the 56-year-old": a definite epithet for a person already named. */
export function isEpithet(head: string): boolean {
  return EPITHETS.has(head) || isAge(head);
}

/** "37-year-old", "6-week-old": an age in figures. */
const AGE_IN_FIGURES = /^\d{1,3}-(?:year|month|week)-old$/u;

/** An age in figures heads its phrase as a noun does ("The 37-year-old said"): the tagger's test. */
export function isAgeInFigures(word: string): boolean {
  return AGE_IN_FIGURES.test(word);
}

/** "56-year-old": an age in years, which stands for a person. */
export function isAge(word: string): boolean {
  return word.includes('-year-') && AGE_IN_FIGURES.test(word);
}

/** Type suggested by a noun phrase's head word, checked in order of specificity. */
export const typeFromHead: (head: string) => EntityType | null = memoByWord(headType);

function headType(head: string): EntityType | null {
  if (isDocumentWord(head) && head !== 'post' && head !== 'research') return 'document';
  if (MEDIA_MARKERS.has(head) && head !== 'agency' && head !== 'finance' && head !== 'insider') {
    return 'media';
  }
  if (GOVERNMENT_MARKERS.has(head)) return 'government';
  if (ORGANIZATION_MARKERS.has(head)) return 'organization';
  if (ANONYMOUS_HEADS.has(head)) return 'anonymous';
  // A plural role with no name is an unnamed group ("programmers said", "hotel bosses").
  if (!ROLE_WORDS.has(head) && isRoleWord(head)) return 'anonymous';
  if (isEvidenceWord(head)) return 'document';
  // "rights groups", "several agencies": many bodies, none named.
  if (isPluralMarker(head)) return 'anonymous';
  return null;
}

/** "groups", "agencies", "courts": the plural of an organisation or government marker. */
export function isPluralMarker(word: string): boolean {
  if (word.length < 5 || !word.endsWith('s')) return false;
  const one = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return ORGANIZATION_MARKERS.has(one) || GOVERNMENT_MARKERS.has(one);
}
