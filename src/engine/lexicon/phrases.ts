/**
 * Phrase cues as data: nouns that report speech when a possessor owns them and a that-clause follows
 * ("his warning that ..."), addressee words for "told reporters", and the event nouns of "said in a
 * statement" / "said at the trial" that extend a cue.
 */
import type { CueClass } from '../types';
import { lazyMap, LazyMap, lazySet } from './lazy';

/** Noun cues with the lemma and class they report. */
export const NOUN_CUES: LazyMap<string, { lemma: string; class: CueClass }> = lazyMap<
  string,
  { lemma: string; class: CueClass }
>(() => [
  ['warning', { lemma: 'warn', class: 'neutral' }],
  ['warnings', { lemma: 'warn', class: 'neutral' }],
  ['vow', { lemma: 'vow', class: 'neutral' }],
  ['pledge', { lemma: 'pledge', class: 'neutral' }],
  ['promise', { lemma: 'promise', class: 'neutral' }],
  ['declaration', { lemma: 'declare', class: 'neutral' }],
  ['statement', { lemma: 'state', class: 'neutral' }],
  ['announcement', { lemma: 'announce', class: 'neutral' }],
  ['claim', { lemma: 'claim', class: 'loaded' }],
  ['claims', { lemma: 'claim', class: 'loaded' }],
  ['assertion', { lemma: 'assert', class: 'loaded' }],
  ['insistence', { lemma: 'insist', class: 'loaded' }],
  ['admission', { lemma: 'admit', class: 'loaded' }],
  ['allegation', { lemma: 'allege', class: 'loaded' }],
  ['allegations', { lemma: 'allege', class: 'loaded' }],
  ['denial', { lemma: 'deny', class: 'stance' }],
  ['belief', { lemma: 'believe', class: 'stance' }],
  ['view', { lemma: 'view', class: 'stance' }],
  ['argument', { lemma: 'argue', class: 'neutral' }],
  ['suggestion', { lemma: 'suggest', class: 'neutral' }],
  ['prediction', { lemma: 'predict', class: 'neutral' }],
  ['assurance', { lemma: 'assure', class: 'neutral' }],
  ['assurances', { lemma: 'assure', class: 'neutral' }],
  ['threat', { lemma: 'threaten', class: 'neutral' }],
  ['contention', { lemma: 'contend', class: 'loaded' }],
  ['conclusion', { lemma: 'conclude', class: 'neutral' }],
  ['disavowal', { lemma: 'disavow', class: 'stance' }],
  ['rejection', { lemma: 'reject', class: 'stance' }],
  ['condemnation', { lemma: 'condemn', class: 'stance' }],
  ['criticism', { lemma: 'criticize', class: 'stance' }],
  ['endorsement', { lemma: 'endorse', class: 'stance' }],
  ['praise', { lemma: 'praise', class: 'stance' }],
  ['denials', { lemma: 'deny', class: 'stance' }],
  // Positions, proposals and grievances ("Google's position is that", "their demand that").
  ['position', { lemma: 'position', class: 'stance' }],
  ['opinion', { lemma: 'opinion', class: 'stance' }],
  ['notion', { lemma: 'notion', class: 'stance' }],
  ['message', { lemma: 'message', class: 'neutral' }],
  ['proposal', { lemma: 'propose', class: 'neutral' }],
  ['demand', { lemma: 'demand', class: 'neutral' }],
  ['demands', { lemma: 'demand', class: 'neutral' }],
  ['complaint', { lemma: 'complain', class: 'neutral' }],
  ['recommendation', { lemma: 'recommend', class: 'neutral' }],
  ['hope', { lemma: 'hope', class: 'stance' }],
  ['fear', { lemma: 'fear', class: 'stance' }],
  ['fears', { lemma: 'fear', class: 'stance' }],
  ['concern', { lemma: 'concern', class: 'stance' }],
  ['concerns', { lemma: 'concern', class: 'stance' }],
  // Findings, projections, rulings and testimony (their claim class: lexicon/claims.ts).
  ['finding', { lemma: 'finding', class: 'neutral' }],
  ['findings', { lemma: 'finding', class: 'neutral' }],
  ['forecast', { lemma: 'forecast', class: 'neutral' }],
  ['forecasts', { lemma: 'forecast', class: 'neutral' }],
  ['projection', { lemma: 'project', class: 'neutral' }],
  ['projections', { lemma: 'project', class: 'neutral' }],
  ['estimate', { lemma: 'estimate', class: 'neutral' }],
  ['estimates', { lemma: 'estimate', class: 'neutral' }],
  ['expectation', { lemma: 'expectation', class: 'stance' }],
  ['expectations', { lemma: 'expectation', class: 'stance' }],
  ['ruling', { lemma: 'ruling', class: 'neutral' }],
  ['verdict', { lemma: 'verdict', class: 'neutral' }],
  ['testimony', { lemma: 'testimony', class: 'neutral' }],
]);

/** Addressees that join "told" into one cue ("told reporters", "told Reuters"). */
// prettier-ignore
export const ADDRESSEE_WORDS = lazySet(() => [
  'reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'lawmakers', 'parliament',
  'congress', 'the', 'a', 'his', 'their', 'its', 'an', 'audience', 'crowd', 'supporters', 'you',
]);

/**
 * Media a claim is published on: "bemoaned the prices on the club's Facebook page", "announced it
 * on an episode of her podcast". After "on", such a phrase says where the claim appeared.
 */
// prettier-ignore
export const MEDIUM_NOUNS = lazySet(() => [
  'page', 'website', 'site', 'episode', 'show', 'program', 'programme', 'account', 'feed',
  'channel', 'blog', 'podcast', 'broadcast', 'radio', 'television', 'tv', 'twitter',
  'facebook', 'instagram', 'youtube', 'tiktok', 'linkedin', 'timeline', 'profile',
]);

/** Event nouns that extend a cue: "said in a statement", "said at the trial". */
// prettier-ignore
export const CUE_EVENT_NOUNS = lazySet(() => [
  'statement', 'interview', 'memo', 'speech', 'trial', 'briefing', 'conference', 'letter', 'post',
  'tweet', 'email', 'hearing', 'testimony', 'comments', 'remarks', 'address', 'report', 'filing',
  'video', 'message', 'broadcast', 'op-ed', 'column', 'blog', 'podcast', 'meeting', 'call',
  'release', 'posting', 'note', 'sermon', 'rally', 'session', 'summit', 'visit', 'appearance',
  'paper', 'study', 'article', 'book', 'court', 'oath', 'deposition',
]);
