/**
 * Reporting verbs as data: every lemma with its class, expanded to all its inflections at load time
 * so the engine can look a token up in a Map instead of running a regex alternation over page text.
 */
import type { CueClass } from '../types';
import { lazyMap, LazyMap, lazySet, LazySet, lazyValue } from './lazy';
import { NAMING_VERBS } from './naming';

/** How a verb may take its claim. */
export type Complement =
  /** Any object or clause will do ("rejected any involvement", "said the talks were held"). */
  | 'any'
  /** Only a clause, a quote or a content-first position ("added that ...", '"...," he added'). */
  | 'clause'
  /** Only an object with a quoted label ('dubbed it "a fiasco"'): lexicon/naming.ts. */
  | 'quote';

/** What the engine knows about one inflected form. */
export interface VerbInfo {
  lemma: string;
  class: CueClass;
  complement: Complement;
}

interface VerbEntry {
  lemma: string;
  class: CueClass;
  complement: Complement;
  /** Irregular forms: [past, past participle] when they differ from "-ed". */
  irregular?: readonly [string, string];
}

/**
 * The lexicon as compact data, one entry per word, in priority order (an earlier lemma keeps a
 * shared form): a class letter — n neutral, l loaded, s stance, h hedging; upper case when the verb
 * takes only a clause, a quote or a content-first position — then the lemma, then any irregular
 * past and past participle after slashes ("nsay/said", "Nwrite/wrote/written").
 */
// prettier-ignore
const LEXICON = [
  // neutral: speech and publication
  'nsay/said ntell/told nstate Nadd Nannounce Nexplain Nnote Nreport Nrespond Nreply',
  'Ncomment Nremark Nobserve Nwrite/wrote/written Npost Ntweet Ncontinue nconfirm ndescribe',
  'Nmention Nindicate nreiterate Nrecall Ntestify nestimate npredict Nforecast/forecast',
  'Ncalculate Nask Nanswer Ndeclare Ncall saccuse Ninform ndisclose ndivulge Nreveal Nspecify',
  'Nsuggest Npropose ncite Nquote Nread/read Nshow/showed/shown Nfind/found Nconclude',
  'nwarn nargue nurge nvow npledge npromise nstress nemphasize nemphasise Ninstruct Nadvise',
  'Ncaution Nthreaten ndemand Nrecommend Nassure npredict Nspeak/spoke/spoken Nsum Nreply Nretort',
  'Nquip Njoke Nkid Ntease Nshout Nyell Nwhisper Nexclaim Nrecount Ndetail Nclarify nunderscore Nhighlight',
  'Nremind Nrepeat Ncounter naffirm Nattest nspeculate Nhint Nimply Nsignal Nbrief Nnotify',
  'Noffer Nrequest Nappeal Nplead/pleaded lacknowledge Nguarantee Nswear/swore/sworn Sconcur',
  'Nconclude ntell/told',
  // "residents objected to the noise": what one objects to is the position taken, an object. Not
  // "oppose": "Smith opposed the talks" reads as a stance or an act, not a claim passed on.
  'sobject',
  // "the courts have held that ...": a ruling's finding, only with its that-clause.
  'Nhold/held',
  // loaded: verbs that frame the speaker
  'lclaim linsist ladmit lconcede lallege lboast lacknowledge Lmaintain lcontend lassert lconfess',
  'lpillory lbrag lproclaim Ltrumpet Lgrumble llament Lprotest lcomplain Lscoff Lgloat Lpurport',
  'lslam lblast llambaste ldenounce ldecry Ltout Lcrow Lgripe Lmoan lbemoan Lrant ldownplay',
  'Ldodge Lspin/spun',
  // findings, projections, testimony and rulings (their claim class: lexicon/claims.ts)
  'Ndemonstrate Ndetermine Ndiscover Nidentify Nanticipate Nproject Nrule Nremember Nunveil Ncorroborate Ncontradict',
  // verdicts: "a jury convicted Webb of kidnapping", with the person and the charge as the claim.
  'nconvict nacquit',
  // rulings: "the court ordered that the ban be lifted", only with its clause.
  'Norder',
  // stance: beliefs and positions
  'sbelieve Sthink/thought shope sworry Sfear Sdoubt sdeny sreject scondemn scriticize',
  'scriticise sblame sregard Sconsider Sfeel/felt Sexpect Sagree Sdisagree Swelcome spraise',
  'shail sdefend swonder Squestion sdispute Soppose Sdismiss sreaffirm sdisavow Ssuspect Slink',
  'Sassume Sreckon Ssuppose sapplaud scommend slaud Sthank Sapologize Sapologise sregret Sfret',
  'Schallenge srefute srebut Scontest Ssupport sendorse sadvocate Srecognize Srecognise',
  'linsinuate Scharge Srealize Srealise Sknow/knew/known Sdecide Sfigure',
];

const CLASSES: Readonly<Record<string, CueClass>> = {
  n: 'neutral',
  l: 'loaded',
  s: 'stance',
  h: 'hedging',
};

/** Read one entry of the compact lexicon ("Nwrite/wrote/written"). */
function parseEntry(entry: string): VerbEntry {
  const letter = entry[0] ?? 'n';
  const [lemma = '', past, participle = past] = entry.slice(1).split('/');
  return {
    lemma,
    class: CLASSES[letter.toLowerCase()] ?? 'neutral',
    complement: letter === letter.toUpperCase() ? 'clause' : 'any',
    irregular: past !== undefined && participle !== undefined ? [past, participle] : undefined,
  };
}

/** The lexicon: neutral speech verbs, loaded (evaluative) verbs and stance verbs. */
export const reportingVerbs: () => readonly VerbEntry[] = lazyValue(() => [
  ...LEXICON.join(' ').split(' ').map(parseEntry),
  ...NAMING_VERBS.map(([lemma, cls]): VerbEntry => ({ lemma, class: cls, complement: 'quote' })),
]);

function thirdPerson(lemma: string): string {
  if (/(?:[sxz]|ch|sh)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** Verbs whose final consonant doubles before -ed / -ing (stress on the last syllable). */
const DOUBLING = lazySet(() => [
  'admit',
  'regret',
  'commit',
  'submit',
  'refer',
  'omit',
  'rebut',
  'brag',
  'acquit',
]);

/**
 * A one-syllable verb ending in one vowel and one consonant doubles it ("quip" → "quipped", "chat"
 * → "chatted"); the "u" of "qu" is part of the consonant, so "quip" has one vowel, not two.
 */
function doubles(lemma: string): boolean {
  return DOUBLING.has(lemma) || /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma.replace(/^qu/, 'q'));
}

function regularPast(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  if (doubles(lemma)) return `${lemma}${lemma.slice(-1)}ed`;
  return `${lemma}ed`;
}

function presentParticiple(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) return `${lemma.slice(0, -1)}ing`;
  if (doubles(lemma)) return `${lemma}${lemma.slice(-1)}ing`;
  return `${lemma}ing`;
}

/**
 * Every inflected form of a lemma: base, third person, past, past participle, -ing — and the
 * British doubled "l" ("signalled", "labelling") where American spelling keeps one.
 */
export function inflect(lemma: string, irregular?: readonly [string, string]): string[] {
  const past = irregular?.[0] ?? regularPast(lemma);
  const participle = irregular?.[1] ?? past;
  const forms = [lemma, thirdPerson(lemma), past, participle, presentParticiple(lemma)];
  if (irregular === undefined && /[^aeiou][aeiou]l$/.test(lemma))
    forms.push(`${lemma}led`, `${lemma}ling`);
  return [...new Set(forms)];
}

/** Lemmas whose past tense is the base form ("forecast", "read"): "the bank forecast" is past. */
export const PAST_AS_BASE: LazySet<string> = lazySet(() =>
  reportingVerbs()
    .filter((e) => e.irregular?.[0] === e.lemma)
    .map((e) => e.lemma),
);

function buildFormIndex(): ReadonlyMap<string, VerbInfo> {
  const index = new Map<string, VerbInfo>();
  for (const entry of reportingVerbs()) {
    for (const form of inflect(entry.lemma, entry.irregular)) {
      if (!index.has(form)) {
        index.set(form, { lemma: entry.lemma, class: entry.class, complement: entry.complement });
      }
    }
  }
  return index;
}

/** Lower-cased inflected form → lemma and class ("insisted" → insist, loaded). */
export const VERB_FORMS: LazyMap<string, VerbInfo> = lazyMap(buildFormIndex);

/** Verbs of requesting that report with "for" and a noun phrase ("appealed for calm"). */
// prettier-ignore
const REQUEST_FOR = ['push', 'ask', 'appeal', 'plead', 'press', 'lobby', 'clamor', 'clamour'] as const;

/** What one expresses as a stance ("expressed concern", "expresses hope"). */
// prettier-ignore
const EXPRESSED = [
  'concern', 'concerns', 'hope', 'doubt', 'doubts', 'regret', 'support', 'frustration',
  'confidence', 'optimism', 'skepticism', 'dismay', 'anger', 'fear', 'fears',
] as const;

/** A verb's particles, with what the cue is; `byParticle` where one particle makes another cue. */
export interface PhrasalEntry {
  particles: readonly string[];
  info: VerbInfo;
  byParticle?: Readonly<Record<string, VerbInfo>>;
}

/** Particles that join a verb into one cue ("point out", "played down", "called for"). */
export const PHRASAL_CUES: LazyMap<string, PhrasalEntry> = lazyMap<string, PhrasalEntry>(() => [
  // "pointed to slowing sales": what one points to is the evidence one offers, an object.
  [
    'point',
    {
      particles: ['out', 'to'],
      info: { lemma: 'point out', class: 'neutral', complement: 'clause' },
      byParticle: { to: { lemma: 'point to', class: 'neutral', complement: 'any' } },
    },
  ],
  [
    'play',
    { particles: ['down'], info: { lemma: 'play down', class: 'loaded', complement: 'any' } },
  ],
  [
    'call',
    {
      particles: ['for', 'on'],
      info: { lemma: 'call for', class: 'neutral', complement: 'any' },
    },
  ],
  // "ruled out any involvement", "pushed for greater use": the object is the position taken.
  ['rule', { particles: ['out'], info: { lemma: 'rule out', class: 'stance', complement: 'any' } }],
  // "Prior work has turned up evidence of ...": a search's result; a finding (lexicon/claims.ts),
  // so only with evidence as its object or its subject ("he turned up late" reports nothing).
  [
    'turn',
    { particles: ['up'], info: { lemma: 'turn up', class: 'neutral', complement: 'clause' } },
  ],
  // Requests whose "for" object is what was asked ("pushed for greater use", "appealed for
  // calm", "lobbied for the league to suspend him"): the object is the position taken.
  ...REQUEST_FOR.map(
    (verb) =>
      [
        verb,
        {
          particles: ['for'],
          info: { lemma: `${verb} for`, class: 'neutral', complement: 'any' },
        },
      ] as const,
  ),
  [
    'caution',
    {
      particles: ['against'],
      info: { lemma: 'caution against', class: 'neutral', complement: 'any' },
    },
  ],
  [
    'make',
    {
      particles: ['clear'],
      info: { lemma: 'make clear', class: 'neutral', complement: 'clause' },
    },
  ],
  ['put', { particles: ['it'], info: { lemma: 'put it', class: 'neutral', complement: 'clause' } }],
  ['sum', { particles: ['up'], info: { lemma: 'sum up', class: 'neutral', complement: 'clause' } }],
  [
    'speak',
    { particles: ['out'], info: { lemma: 'speak out', class: 'neutral', complement: 'any' } },
  ],
  [
    'express',
    { particles: EXPRESSED, info: { lemma: 'express', class: 'stance', complement: 'any' } },
  ],
  ['voice', { particles: EXPRESSED, info: { lemma: 'voice', class: 'stance', complement: 'any' } }],
  // "raised concerns that staff ...", "raised fears about the deal": the worry voiced.
  [
    'raise',
    {
      particles: ['concern', 'concerns', 'fears', 'doubts', 'alarm'],
      info: { lemma: 'raise', class: 'stance', complement: 'any' },
    },
  ],
  [
    'issue',
    {
      particles: ['a', 'warning', 'statement', 'plea'],
      info: { lemma: 'issue', class: 'neutral', complement: 'any' },
    },
  ],
]);

/** Irregular past and participle of the phrasal-only verbs. */
const PHRASAL_IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  make: ['made', 'made'],
  put: ['put', 'put'],
};

/** Inflected forms of phrasal-only verbs ("played" → play down) for verbs outside the main lexicon. */
export const PHRASAL_FORMS: LazyMap<string, PhrasalEntry & { lemma: string }> = lazyMap(() =>
  [...PHRASAL_CUES.entries()].flatMap(([lemma, entry]) =>
    inflect(lemma, PHRASAL_IRREGULAR[lemma]).map((form) => [form, { ...entry, lemma }] as const),
  ),
);

/** The cue a verb makes with one of its particles ("point" + "to" → point to). */
export const particleInfo = (entry: PhrasalEntry, particle: string): VerbInfo =>
  entry.byParticle?.[particle] ?? entry.info;

/** Adjectives after "be" that report a stance ("are worried that", "is adamant that"). */
export const STANCE_ADJECTIVES: LazyMap<string, VerbInfo> = lazyMap<string, VerbInfo>(() => [
  ['worried', { lemma: 'worried', class: 'stance', complement: 'any' }],
  ['concerned', { lemma: 'concerned', class: 'stance', complement: 'any' }],
  ['convinced', { lemma: 'convinced', class: 'stance', complement: 'clause' }],
  ['confident', { lemma: 'confident', class: 'stance', complement: 'clause' }],
  ['adamant', { lemma: 'adamant', class: 'loaded', complement: 'any' }],
  ['optimistic', { lemma: 'optimistic', class: 'stance', complement: 'clause' }],
  ['skeptical', { lemma: 'skeptical', class: 'stance', complement: 'any' }],
  ['sceptical', { lemma: 'sceptical', class: 'stance', complement: 'any' }],
  ['hopeful', { lemma: 'hopeful', class: 'stance', complement: 'clause' }],
  ['fearful', { lemma: 'fearful', class: 'stance', complement: 'clause' }],
  ['sure', { lemma: 'sure', class: 'stance', complement: 'clause' }],
  ['certain', { lemma: 'certain', class: 'stance', complement: 'clause' }],
  // "is aware that the plan has risks", "are afraid they will be arrested": what one knows or
  // dreads, only with its clause ("aware of the noise", "afraid of dogs" report nothing).
  ['aware', { lemma: 'aware', class: 'stance', complement: 'clause' }],
  ['afraid', { lemma: 'afraid', class: 'stance', complement: 'clause' }],
]);

/**
 * Degree and time words that may stand between "be" and a stance adjective ("are pretty sure",
 * "were once convinced", "is increasingly confident"); the tagger reads several of them as nouns.
 */
// prettier-ignore
export const STANCE_DEGREE_WORDS: LazySet<string> = lazySet(() => [
  'once', 'pretty', 'fairly', 'quite', 'very', 'still', 'now', 'all', 'increasingly', 'more',
  'less', 'so', 'too', 'absolutely', 'completely', 'totally', 'also', 'clearly', 'deeply',
  'equally', 'really', 'reasonably', 'rather', 'ever', 'already', 'particularly', 'especially',
]);
