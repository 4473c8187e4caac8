/**
 * Display-text vocabulary as data: the words that open headlines, standfirsts and crossheads
 * without naming a source ("Analysis:", "Watch:", "Guide to ..."), the prepositions of the
 * "Speaker on topic: claim" headline, and the function words a title-case headline leaves
 * lower-case. Headline sourcing (`4-claims/headline.ts`) and title-case cues read these tables.
 */
import { lazySet } from './lazy';

/** Labels and feature nouns that open headlines without naming a source. */
// prettier-ignore
export const DISPLAY_LABELS = lazySet(() => [
  'analysis', 'live', 'watch', 'opinion', 'video', 'exclusive', 'update', 'updated', 'explainer',
  'breaking', 'review', 'interview', 'comment', 'editorial', 'photos', 'factbox', 'timeline',
  'podcast', 'listen', 'quiz', 'obituary', 'letters', 'correction', 'recap', 'preview', 'report',
  'guide', 'tips', 'notes', 'thoughts', 'lessons', 'focus', 'spotlight', 'questions', 'answers',
  'facts', 'more', 'everything', 'q&a', 'faq', 'gallery', 'pictures', 'essay', 'column',
  'view', 'verdict', 'briefing', 'newsletter', 'special', 'feature', 'profile', 'sponsored',
  'advertisement', 'read', 'see', 'look', 'inside', 'latest', 'news', 'sport', 'photo',
  "editor's", 'fact-check', 'recipe', 'reviews', 'ranked', 'revealed', 'explained',
  'sports', 'world', 'business', 'politics', 'travel', 'weather', 'culture', 'science', 'health',
]);

/**
 * Labels of a transcript or Q&A turn that name the interviewer or the outlet's own voice, not a
 * source ("Q:", "REPORTER:", "HOST:"), or that mark the page's furniture ("NOTE:", "UPDATE:").
 */
// prettier-ignore
export const OUTLET_VOICE_LABELS = lazySet(() => [
  'q', 'a', 'question', 'answer', 'reporter', 'presenter', 'host', 'anchor', 'interviewer',
  'correspondent', 'narrator', 'moderator', 'announcer', 'journalist', 'editor', 'note', 'update',
  'updated', 'correction', 'source', 'sources', 'photo', 'video', 'watch', 'read', 'related',
  'credit', 'caption', 'disclosure', 'clarification', 'advertisement', 'transcript', 'audio',
  // An advice column's salutation ("DEAR WORRIED: ...") opens the columnist's answer.
  'dear',
]);

/**
 * Verbs of a broadcast hand-off line that names the reporter whose package follows ("Tom Field
 * reports.", "Ann Lee reporting from Perth.").
 */
export const HANDOFF_VERBS = lazySet(() => ['reports', 'reporting']);

/**
 * Words that open a feature title or a question, not a claim ("Lima: Where the pallbearers are
 * black", "Budget: What changes for renters"): after a source's colon they report nothing.
 */
export const QUESTION_OPENERS = lazySet(() => [
  'where',
  'why',
  'how',
  'what',
  'when',
  'who',
  'whom',
  'whose',
  'which',
  'whether',
]);

/**
 * Documents that open a headline before its colon as the claim's source ("Report: Spy case tied
 * to bombing", "Poll: Most voters back the plan"); unlike "Review:" or "Analysis:", which label
 * the outlet's own piece, they pass on someone else's findings.
 */
export const REPORTING_OPENERS = lazySet(() => [
  'report',
  'reports',
  'study',
  'poll',
  'survey',
  'research',
]);

/** Roles in a transcript label that make its speaker the outlet's journalist ("X, BYLINE:"). */
// prettier-ignore
export const JOURNALIST_ROLES = lazySet(() => [
  'byline', 'host', 'anchor', 'correspondent', 'reporter', 'presenter', 'interviewer', 'moderator',
]);

/** Prepositions that join a speaker to the topic in "Browns player on the fight: ...". */
export const TOPIC_PREPOSITIONS = lazySet(() => ['on', 'about', 'over']);

/**
 * Short function words a title-case headline leaves lower-case ("Police Say Man Fled in a Car"):
 * any other lower-case word makes the headline sentence case.
 */
// prettier-ignore
export const TITLE_CASE_MINOR = lazySet(() => [
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'vs', 'via', 'into', 'onto', 'over', 'than', 'up', 'per', 'off', 'out',
]);

/**
 * Irregular past forms of reporting verbs, which a title-case headline capitalises after its
 * subject ("NASA Just Found ...", "Officials Said ..."): a name is never followed by them as nouns.
 */
// prettier-ignore
export const IRREGULAR_PAST_CUES = lazySet(() => [
  'said', 'told', 'wrote', 'found', 'thought', 'spoke', 'held', 'knew', 'swore', 'felt', 'shown',
]);

/** Subjects that take a plural verb without ending in "s" ("Police Say ...", "People Think ..."). */
export const PLURAL_SUBJECTS = lazySet(() => ['police', 'people', 'staff', 'media', 'public']);
