/**
 * Reporting verbs as data: every lemma with its class, expanded to all its inflections at load time
 * so the engine can look a token up in a Map instead of running a regex alternation over page text.
 */
import type { CueClass } from '../types';

/** How a verb may take its claim. */
export type Complement =
  /** Any object or clause will do ("rejected any involvement", "said the talks were held"). */
  | 'any'
  /** Only a clause, a quote or a content-first position ("added that ...", '"...," he added'). */
  | 'clause';

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

const v = (
  lemma: string,
  cls: CueClass,
  complement: Complement = 'any',
  irregular?: readonly [string, string],
): VerbEntry => ({ lemma, class: cls, complement, irregular });

/** The lexicon: neutral speech verbs, loaded (evaluative) verbs and stance verbs. */
export const REPORTING_VERBS: readonly VerbEntry[] = [
  // neutral: speech and publication
  v('say', 'neutral', 'any', ['said', 'said']),
  v('tell', 'neutral', 'any', ['told', 'told']),
  v('state', 'neutral'),
  v('add', 'neutral', 'clause'),
  v('announce', 'neutral', 'clause'),
  v('explain', 'neutral', 'clause'),
  v('note', 'neutral', 'clause'),
  v('report', 'neutral', 'clause'),
  v('respond', 'neutral', 'clause'),
  v('reply', 'neutral', 'clause'),
  v('comment', 'neutral', 'clause'),
  v('remark', 'neutral', 'clause'),
  v('observe', 'neutral', 'clause'),
  v('write', 'neutral', 'clause', ['wrote', 'written']),
  v('post', 'neutral', 'clause'),
  v('tweet', 'neutral', 'clause'),
  v('continue', 'neutral', 'clause'),
  v('confirm', 'neutral'),
  v('describe', 'neutral'),
  v('mention', 'neutral', 'clause'),
  v('indicate', 'neutral', 'clause'),
  v('reiterate', 'neutral'),
  v('recall', 'neutral', 'clause'),
  v('testify', 'neutral', 'clause'),
  v('estimate', 'neutral'),
  v('predict', 'neutral'),
  v('forecast', 'neutral', 'clause', ['forecast', 'forecast']),
  v('calculate', 'neutral', 'clause'),
  v('ask', 'neutral', 'clause'),
  v('answer', 'neutral', 'clause'),
  v('declare', 'neutral', 'clause'),
  v('call', 'neutral', 'clause'),
  v('accuse', 'stance'),
  v('inform', 'neutral', 'clause'),
  v('disclose', 'neutral'),
  v('divulge', 'neutral'),
  v('reveal', 'neutral'),
  v('specify', 'neutral', 'clause'),
  v('suggest', 'neutral', 'clause'),
  v('propose', 'neutral', 'clause'),
  v('cite', 'neutral'),
  v('quote', 'neutral', 'clause'),
  v('read', 'neutral', 'clause', ['read', 'read']),
  v('show', 'neutral', 'clause', ['showed', 'shown']),
  v('find', 'neutral', 'clause', ['found', 'found']),
  v('conclude', 'neutral', 'clause'),
  v('warn', 'neutral'),
  v('argue', 'neutral'),
  v('urge', 'neutral'),
  v('vow', 'neutral'),
  v('pledge', 'neutral'),
  v('promise', 'neutral'),
  v('stress', 'neutral'),
  v('emphasize', 'neutral'),
  v('emphasise', 'neutral'),
  v('instruct', 'neutral', 'clause'),
  v('advise', 'neutral', 'clause'),
  v('caution', 'neutral', 'clause'),
  v('threaten', 'neutral', 'clause'),
  v('demand', 'neutral'),
  v('recommend', 'neutral', 'clause'),
  v('assure', 'neutral', 'clause'),
  v('predict', 'neutral'),
  v('speak', 'neutral', 'clause', ['spoke', 'spoken']),
  v('sum', 'neutral', 'clause'),
  v('reply', 'neutral', 'clause'),
  v('retort', 'neutral', 'clause'),
  v('quip', 'neutral', 'clause'),
  v('joke', 'neutral', 'clause'),
  v('shout', 'neutral', 'clause'),
  v('yell', 'neutral', 'clause'),
  v('whisper', 'neutral', 'clause'),
  v('exclaim', 'neutral', 'clause'),
  v('recount', 'neutral', 'clause'),
  v('detail', 'neutral', 'clause'),
  v('clarify', 'neutral', 'clause'),
  v('underscore', 'neutral'),
  v('highlight', 'neutral', 'clause'),
  v('remind', 'neutral', 'clause'),
  v('repeat', 'neutral', 'clause'),
  v('counter', 'neutral', 'clause'),
  v('affirm', 'neutral'),
  v('attest', 'neutral', 'clause'),
  v('speculate', 'neutral'),
  v('hint', 'neutral', 'clause'),
  v('imply', 'neutral', 'clause'),
  v('signal', 'neutral', 'clause'),
  v('brief', 'neutral', 'clause'),
  v('notify', 'neutral', 'clause'),
  v('request', 'neutral', 'clause'),
  v('appeal', 'neutral', 'clause'),
  v('plead', 'neutral', 'clause', ['pleaded', 'pleaded']),
  v('acknowledge', 'loaded'),
  v('guarantee', 'neutral', 'clause'),
  v('swear', 'neutral', 'clause', ['swore', 'sworn']),
  v('concur', 'stance', 'clause'),
  v('object', 'stance', 'clause'),
  v('conclude', 'neutral', 'clause'),
  v('tell', 'neutral', 'any', ['told', 'told']),
  // "the courts have held that ...": a ruling's finding, only with its that-clause.
  v('hold', 'neutral', 'clause', ['held', 'held']),
  // loaded: verbs that frame the speaker
  v('claim', 'loaded'),
  v('insist', 'loaded'),
  v('admit', 'loaded'),
  v('concede', 'loaded'),
  v('allege', 'loaded'),
  v('boast', 'loaded'),
  v('acknowledge', 'loaded'),
  v('maintain', 'loaded', 'clause'),
  v('contend', 'loaded'),
  v('assert', 'loaded'),
  v('confess', 'loaded'),
  v('pillory', 'loaded'),
  v('brag', 'loaded'),
  v('proclaim', 'loaded'),
  v('trumpet', 'loaded', 'clause'),
  v('grumble', 'loaded', 'clause'),
  v('lament', 'loaded'),
  v('protest', 'loaded', 'clause'),
  v('complain', 'loaded'),
  v('scoff', 'loaded', 'clause'),
  v('gloat', 'loaded', 'clause'),
  v('purport', 'loaded', 'clause'),
  v('slam', 'loaded'),
  v('blast', 'loaded'),
  v('lambaste', 'loaded'),
  v('denounce', 'loaded'),
  v('decry', 'loaded'),
  v('tout', 'loaded', 'clause'),
  v('crow', 'loaded', 'clause'),
  v('gripe', 'loaded', 'clause'),
  v('moan', 'loaded', 'clause'),
  v('bemoan', 'loaded'),
  v('rant', 'loaded', 'clause'),
  v('downplay', 'loaded'),
  v('dodge', 'loaded', 'clause'),
  v('spin', 'loaded', 'clause', ['spun', 'spun']),
  // stance: beliefs and positions
  v('believe', 'stance'),
  v('think', 'stance', 'clause', ['thought', 'thought']),
  v('hope', 'stance'),
  v('worry', 'stance'),
  v('fear', 'stance', 'clause'),
  v('doubt', 'stance', 'clause'),
  v('deny', 'stance'),
  v('reject', 'stance'),
  v('condemn', 'stance'),
  v('criticize', 'stance'),
  v('criticise', 'stance'),
  v('blame', 'stance'),
  v('regard', 'stance'),
  v('consider', 'stance', 'clause'),
  v('feel', 'stance', 'clause', ['felt', 'felt']),
  v('expect', 'stance', 'clause'),
  v('agree', 'stance', 'clause'),
  v('disagree', 'stance', 'clause'),
  v('welcome', 'stance', 'clause'),
  v('praise', 'stance'),
  v('hail', 'stance'),
  v('defend', 'stance'),
  v('wonder', 'stance'),
  v('question', 'stance', 'clause'),
  v('dispute', 'stance'),
  v('oppose', 'stance', 'clause'),
  v('dismiss', 'stance', 'clause'),
  v('reaffirm', 'stance'),
  v('disavow', 'stance'),
  v('suspect', 'stance', 'clause'),
  v('link', 'stance', 'clause'),
  v('assume', 'stance', 'clause'),
  v('reckon', 'stance', 'clause'),
  v('suppose', 'stance', 'clause'),
  v('applaud', 'stance'),
  v('commend', 'stance'),
  v('laud', 'stance'),
  v('thank', 'stance', 'clause'),
  v('apologize', 'stance', 'clause'),
  v('apologise', 'stance', 'clause'),
  v('regret', 'stance'),
  v('fret', 'stance', 'clause'),
  v('challenge', 'stance', 'clause'),
  v('refute', 'stance'),
  v('rebut', 'stance'),
  v('contest', 'stance', 'clause'),
  v('support', 'stance', 'clause'),
  v('endorse', 'stance'),
  v('advocate', 'stance'),
  v('recognize', 'stance', 'clause'),
  v('recognise', 'stance', 'clause'),
  v('insinuate', 'loaded'),
  v('charge', 'stance', 'clause'),
];

function thirdPerson(lemma: string): string {
  if (/(?:[sxz]|ch|sh)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** Verbs whose final consonant doubles before -ed / -ing (stress on the last syllable). */
const DOUBLING = new Set(['admit', 'regret', 'commit', 'submit', 'refer', 'omit', 'rebut', 'brag']);

function doubles(lemma: string): boolean {
  return DOUBLING.has(lemma) || (lemma.length <= 3 && /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma));
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

/** Every inflected form of a lemma: base, third person, past, past participle, -ing. */
export function inflect(lemma: string, irregular?: readonly [string, string]): string[] {
  const past = irregular?.[0] ?? regularPast(lemma);
  const participle = irregular?.[1] ?? past;
  return [...new Set([lemma, thirdPerson(lemma), past, participle, presentParticiple(lemma)])];
}

function buildFormIndex(): ReadonlyMap<string, VerbInfo> {
  const index = new Map<string, VerbInfo>();
  for (const entry of REPORTING_VERBS) {
    for (const form of inflect(entry.lemma, entry.irregular)) {
      if (!index.has(form)) {
        index.set(form, { lemma: entry.lemma, class: entry.class, complement: entry.complement });
      }
    }
  }
  return index;
}

/** Lower-cased inflected form → lemma and class ("insisted" → insist, loaded). */
export const VERB_FORMS: ReadonlyMap<string, VerbInfo> = buildFormIndex();

/** Particles that join a verb into one cue ("point out", "played down", "called for"). */
export const PHRASAL_CUES: ReadonlyMap<string, { particles: readonly string[]; info: VerbInfo }> =
  new Map([
    [
      'point',
      { particles: ['out'], info: { lemma: 'point out', class: 'neutral', complement: 'clause' } },
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
    [
      'make',
      {
        particles: ['clear'],
        info: { lemma: 'make clear', class: 'neutral', complement: 'clause' },
      },
    ],
    [
      'sum',
      { particles: ['up'], info: { lemma: 'sum up', class: 'neutral', complement: 'clause' } },
    ],
    [
      'speak',
      { particles: ['out'], info: { lemma: 'speak out', class: 'neutral', complement: 'any' } },
    ],
    [
      'express',
      {
        particles: [
          'concern',
          'concerns',
          'hope',
          'doubt',
          'doubts',
          'regret',
          'support',
          'frustration',
          'confidence',
          'optimism',
          'skepticism',
          'dismay',
          'anger',
          'fear',
          'fears',
        ],
        info: { lemma: 'express', class: 'stance', complement: 'any' },
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

/** Verbs of naming that count only with a quoted label ("called the debt 'the issue of our era'"). */
export const NAMING_VERBS: ReadonlyMap<string, VerbInfo> = new Map(
  inflect('call').map((form) => [form, { lemma: 'call', class: 'neutral', complement: 'clause' }]),
);

/** Inflected forms of phrasal-only verbs ("played" → play down) for verbs outside the main lexicon. */
export const PHRASAL_FORMS: ReadonlyMap<
  string,
  { lemma: string; particles: readonly string[]; info: VerbInfo }
> = new Map(
  [...PHRASAL_CUES.entries()].flatMap(([lemma, entry]) =>
    inflect(lemma, lemma === 'make' ? ['made', 'made'] : undefined).map(
      (form) => [form, { lemma, particles: entry.particles, info: entry.info }] as const,
    ),
  ),
);

/** Adjectives after "be" that report a stance ("are worried that", "is adamant that"). */
export const STANCE_ADJECTIVES: ReadonlyMap<string, VerbInfo> = new Map([
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
]);
