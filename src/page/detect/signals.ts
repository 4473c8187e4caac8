/**
 * Facts to weighted signals: each reader of the page (metadata, URL, paragraphs) has a function here
 * that names its evidence with the weight from the one table and a detail the popup can show.
 */
import type { DetectionSignal } from '../types';
import type { ParagraphFacts } from './paragraphs';
import { DATELINE_PARAGRAPHS, READERABLE_SCORE } from './paragraphs';
import type { MetaFacts } from './scan';
import type { UrlShape } from './url';
import {
  ARTICLE_TYPES,
  ARTICLE_WEIGHTS,
  BLOG_TYPES,
  MIN_VOICE_WORDS,
  NEWS_TYPES,
  NON_NEWS_TYPES,
  OPINION_TYPES,
  PERSONAL_VOICE_SHARE,
  REPORTING_DENSE,
  REPORTING_DENSITY,
  REPORTING_SOME,
  WEIGHTS,
  type SignalName,
  type Weights,
} from './weights';

/** Record a signal with its news and article weights; its news weight, for a running score. */
export function add(signals: DetectionSignal[], name: SignalName, detail: string): number {
  signals.push({ name, weight: WEIGHTS[name], articleWeight: ARTICLE_WEIGHTS[name], detail });
  return WEIGHTS[name];
}

/** The sum of the signals' weights in `weights` (the news or the article table). */
export function total(signals: readonly DetectionSignal[], weights: Weights): number {
  let sum = 0;
  for (const signal of signals) sum += weights[signal.name as SignalName] ?? 0;
  return sum;
}

/** The first of `types` that is in `set`. */
export function firstOf(types: readonly string[], set: ReadonlySet<string>): string | undefined {
  for (const t of types) if (set.has(t)) return t;
  return undefined;
}

/** JSON-LD types and `<meta>` evidence. */
export function metaSignals(facts: MetaFacts, signals: DetectionSignal[]): void {
  const ld = facts.jsonLdTypes;
  const news = firstOf(ld, NEWS_TYPES);
  const opinion = firstOf(ld, OPINION_TYPES);
  if (news) add(signals, 'jsonLdNews', `${news} in JSON-LD`);
  if (opinion) add(signals, 'jsonLdOpinion', `${opinion} in JSON-LD`);
  if (!news && !opinion) {
    const article = firstOf(ld, ARTICLE_TYPES);
    const blog = firstOf(ld, BLOG_TYPES);
    const other = firstOf(ld, NON_NEWS_TYPES);
    if (article) add(signals, 'jsonLdArticle', `${article} in JSON-LD`);
    else if (blog) add(signals, 'jsonLdBlog', `${blog} in JSON-LD`);
    else if (other) add(signals, 'jsonLdNonNews', `${other} in JSON-LD`);
  }
  if (facts.ogType === 'article') add(signals, 'ogArticle', 'og:type=article');
  else if (facts.ogType === 'website') add(signals, 'ogWebsite', 'og:type=website');
  if (facts.publishedTime) add(signals, 'publishedTime', 'article:published_time');
  if (facts.newsKeywords) add(signals, 'newsKeywords', 'news_keywords meta');
  if (facts.sections.length > 0) add(signals, 'articleSection', `section "${facts.sections[0]}"`);
  if (facts.articleTag) add(signals, 'articleTag', 'article:tag meta');
  if (facts.newsSiteName) add(signals, 'newsSiteName', `site "${facts.newsSiteName}"`);
  if (facts.siteName && facts.siteName.toLowerCase().includes('blog')) {
    add(signals, 'blogSiteName', `site name "${facts.siteName}"`);
  }
}

/** The URL's shape; true when it is an opinion section's. */
export function urlSignals(shape: UrlShape | null, signals: DetectionSignal[]): boolean {
  if (!shape) return false;
  if (shape.dated) add(signals, 'urlDated', 'date in the URL path');
  else if (shape.storySlug) add(signals, 'urlSlug', 'story slug in the URL');
  if (shape.front) add(signals, 'urlFront', 'site or section front URL');
  if (shape.blogOrDocs) add(signals, 'urlBlogOrDocs', 'blog or documentation URL');
  if (shape.docs) add(signals, 'urlDocs', 'documentation, forum or shop URL');
  if (shape.newsSection) add(signals, 'urlNewsSection', 'news section in the URL');
  if (shape.howTo) add(signals, 'urlHowTo', 'how-to URL');
  if (shape.personal) add(signals, 'urlPersonal', 'personal page URL');
  return shape.opinion;
}

/**
 * The least and the most the paragraph signals can add, given the paragraphs read so far, in the
 * news or the article weights: what lets detection stop reading once the verdict cannot change
 * (see detectNews).
 */
export function paragraphRange(
  facts: Readonly<ParagraphFacts>,
  w: Weights = WEIGHTS,
): [number, number] {
  let least = Math.min(0, w.personalVoice) + Math.min(0, w.reportingSome, w.reportingDense);
  let most = Math.max(0, w.personalVoice) + Math.max(0, w.reportingSome, w.reportingDense);
  if (facts.datelineOpening) {
    least += w.datelineOpening;
    most += w.datelineOpening;
  } else if (facts.longParagraphs < DATELINE_PARAGRAPHS) {
    least += Math.min(0, w.datelineOpening);
    most += Math.max(0, w.datelineOpening);
  }
  // Density only grows as paragraphs are read: once readerable, it stays so.
  if (facts.score > READERABLE_SCORE) {
    least += w.readerable;
    most += w.readerable;
  } else {
    least += Math.min(w.readerable, w.notReaderable);
    most += Math.max(w.readerable, w.notReaderable);
  }
  return [least, most];
}

/** Paragraph density, reporting phrases, voice and dateline (only what was settled, if partial). */
export function paragraphSignals(facts: ParagraphFacts, signals: DetectionSignal[]): void {
  if (facts.datelineOpening) add(signals, 'datelineOpening', 'opens with a dateline');
  if (facts.partial) {
    if (facts.score > READERABLE_SCORE) addReaderable(facts, signals);
    return;
  }
  const phrases = facts.reportingPhrases;
  const perThousand = (phrases * 1000) / Math.max(facts.words, 1);
  // Pages in scripts without spaces (CJK) have no word count: the phrase count alone decides.
  const dense = facts.words < MIN_VOICE_WORDS || perThousand >= REPORTING_DENSITY;
  if (phrases >= REPORTING_DENSE && dense) {
    add(signals, 'reportingDense', `${phrases} reporting phrases`);
  } else if (phrases >= REPORTING_SOME)
    add(signals, 'reportingSome', `${phrases} reporting phrases`);
  const voice = facts.words >= MIN_VOICE_WORDS ? facts.personalWords / facts.words : 0;
  if (voice > PERSONAL_VOICE_SHARE) {
    add(signals, 'personalVoice', `${(voice * 100).toFixed(1)}% first/second-person words`);
  }
  if (facts.score > READERABLE_SCORE) addReaderable(facts, signals);
  else {
    const density = Math.round(facts.score);
    add(signals, 'notReaderable', `too little paragraph text (density ${density})`);
  }
}

function addReaderable(facts: ParagraphFacts, signals: DetectionSignal[]): void {
  const density = Math.round(facts.score);
  add(signals, 'readerable', `${facts.longParagraphs} long paragraphs (density ${density})`);
}
