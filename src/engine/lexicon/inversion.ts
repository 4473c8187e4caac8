/**
 * Reporting verbs that may come before their speaker: "..., said the mayor", "..., explained Dr
 * Lee", "..., writes Ann Ross". English puts the subject after the verb only with verbs of saying
 * and of the manner of saying; after any other verb the phrase that follows is its object ("...,
 * praises Greece", "..., told reporters", "..., demand new funds"), never a speaker.
 */
import { lazySet } from './lazy';

/** Lemmas of the reporting verbs that allow a speaker after them, as the verb lexicon writes them. */
// prettier-ignore
export const INVERSION_VERBS = lazySet(() => [
  // saying and adding
  'say', 'add', 'state', 'explain', 'note', 'report', 'respond', 'reply', 'comment', 'remark',
  'observe', 'write', 'post', 'tweet', 'continue', 'confirm', 'recall', 'recount', 'testify',
  'ask', 'answer', 'declare', 'announce', 'mention', 'reiterate', 'repeat', 'counter', 'retort',
  'conclude', 'suggest', 'clarify', 'concur', 'agree', 'sum', 'summarize', 'summarise', 'read',
  // advice, warning and argument
  'warn', 'caution', 'argue', 'urge', 'stress', 'emphasize', 'emphasise', 'advise', 'instruct',
  'recommend', 'assure', 'predict', 'forecast', 'estimate', 'speculate', 'plead', 'insist',
  // the manner of saying
  'quip', 'joke', 'kid', 'tease', 'shout', 'yell', 'whisper', 'exclaim', 'laugh', 'sigh', 'muse',
  'wonder', 'worry', 'fret', 'complain', 'lament', 'grumble', 'protest', 'scoff', 'gloat', 'boast',
  'brag', 'crow', 'gripe', 'moan', 'rant',
  // stance verbs that frame the speaker
  'claim', 'admit', 'concede', 'acknowledge', 'allege', 'contend', 'assert', 'confess', 'maintain',
  'proclaim', 'think', 'believe', 'reckon',
]);
