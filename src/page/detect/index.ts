/**
 * News-page detection: cheap enough to run on every page load, explained well enough that the popup
 * can say why. Facts from one DOM walk and the URL become weighted signals (a named table below);
 * their sum decides news / opinion / not news.
 */
import type { Detection, DetectionSignal, PageVerdict } from '../types';
import { READERABLE_SCORE, scanPage, type PageFacts } from './scan';
import { urlShape } from './url';

/** At or above this score a page is treated as an article worth annotating. */
export const NEWS_THRESHOLD = 4;

/** schema.org types that are news reports. */
const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);
/** schema.org types that are opinion. */
const OPINION_TYPES = new Set(['OpinionNewsArticle', 'Opinion']);
/** Generic article types: some evidence, less than a news type. */
const ARTICLE_TYPES = new Set(['Article', 'Report']);
/** Types of blogs, docs, products and listings. */
const NON_NEWS_TYPES = new Set([
  'BlogPosting',
  'Blog',
  'TechArticle',
  'APIReference',
  'HowTo',
  'FAQPage',
  'QAPage',
  'Product',
  'CollectionPage',
  'SearchResultsPage',
  'ProfilePage',
  'Recipe',
  'SoftwareApplication',
]);

/** Weights of every signal, by name: the one place to tune detection. */
export const WEIGHTS = {
  jsonLdNews: 4,
  jsonLdOpinion: 4,
  jsonLdArticle: 2,
  jsonLdNonNews: -2,
  microdataNews: 3,
  microdataArticle: 1.5,
  ogArticle: 1.5,
  ogWebsite: -1,
  publishedTime: 1,
  articleElement: 0.5,
  articleBody: 1.5,
  byline: 0.5,
  dateline: 0.5,
  readerable: 1.5,
  notReaderable: -3,
  urlDated: 1.5,
  urlSlug: 0.5,
  urlFront: -3,
  urlBlogOrDocs: -2.5,
  urlNewsSection: 1,
  urlHowTo: -2,
  microdataBlog: -1.5,
  blogSiteName: -2,
  datelineOpening: 2,
  reportingDense: 2.5,
  reportingSome: 0.5,
  newsKeywords: 1.5,
  articleSection: 1,
  articleTag: 0.5,
  urlPersonal: -3,
  personalVoice: -2,
  newsSiteName: 1.5,
  opinionSection: 0,
} as const;

/** Reporting phrases that make a page read like reporting: at least this many... */
const REPORTING_DENSE = 3;
/** ...and at least this many per thousand words (blogs and fiction say "said" less often). */
const REPORTING_DENSITY = 10;
const REPORTING_SOME = 2;
/** Above this share of I/we/you words a page reads as a blog post or how-to, not reporting. */
const PERSONAL_VOICE_SHARE = 0.05;
/** Fewer words than this say nothing about voice. */
const MIN_VOICE_WORDS = 150;
const OPINION_WORDS = ['opinion', 'comment', 'editorial', 'column', 'op-ed', 'views'];

function add(signals: DetectionSignal[], name: keyof typeof WEIGHTS, detail: string): void {
  signals.push({ name, weight: WEIGHTS[name], detail });
}

function typeSignals(facts: PageFacts, signals: DetectionSignal[]): void {
  const ld = facts.jsonLdTypes;
  const news = ld.find((t) => NEWS_TYPES.has(t));
  const opinion = ld.find((t) => OPINION_TYPES.has(t));
  if (news) add(signals, 'jsonLdNews', `${news} in JSON-LD`);
  if (opinion) add(signals, 'jsonLdOpinion', `${opinion} in JSON-LD`);
  if (!news && !opinion) {
    const article = ld.find((t) => ARTICLE_TYPES.has(t));
    const other = ld.find((t) => NON_NEWS_TYPES.has(t));
    if (article) add(signals, 'jsonLdArticle', `${article} in JSON-LD`);
    else if (other) add(signals, 'jsonLdNonNews', `${other} in JSON-LD`);
  }
  const micro = facts.microdataTypes;
  const microNews = micro.find((t) => NEWS_TYPES.has(t) || OPINION_TYPES.has(t));
  if (microNews) add(signals, 'microdataNews', `${microNews} microdata`);
  else {
    const microArticle = micro.find((t) => ARTICLE_TYPES.has(t));
    if (microArticle) add(signals, 'microdataArticle', `${microArticle} microdata`);
    const blog = micro.find((t) => t === 'BlogPosting' || t === 'Blog');
    if (blog) add(signals, 'microdataBlog', `${blog} microdata`);
  }
}

function metaSignals(facts: PageFacts, signals: DetectionSignal[]): void {
  if (facts.ogType === 'article') add(signals, 'ogArticle', 'og:type=article');
  else if (facts.ogType === 'website') add(signals, 'ogWebsite', 'og:type=website');
  if (facts.publishedTime) add(signals, 'publishedTime', 'article:published_time');
  if (facts.articleElements > 0) add(signals, 'articleElement', '<article> element');
  if (facts.articleBody) add(signals, 'articleBody', 'itemprop=articleBody');
  if (facts.byline) add(signals, 'byline', 'byline or author markup');
  if (facts.dateline) add(signals, 'dateline', 'publication date markup');
  if (facts.newsKeywords) add(signals, 'newsKeywords', 'news_keywords meta');
  if (facts.sections.length > 0) add(signals, 'articleSection', `section "${facts.sections[0]}"`);
  if (facts.articleTag) add(signals, 'articleTag', 'article:tag meta');
  if (facts.datelineOpening) add(signals, 'datelineOpening', 'opens with a dateline');
  const perThousand = (facts.reportingPhrases * 1000) / Math.max(facts.words, 1);
  // Pages in scripts without spaces (CJK) have no word count: the phrase count alone decides.
  const dense = facts.words < MIN_VOICE_WORDS || perThousand >= REPORTING_DENSITY;
  if (facts.reportingPhrases >= REPORTING_DENSE && dense) {
    add(signals, 'reportingDense', `${facts.reportingPhrases} reporting phrases`);
  } else if (facts.reportingPhrases >= REPORTING_SOME) {
    add(signals, 'reportingSome', `${facts.reportingPhrases} reporting phrases`);
  }
  const voice = facts.words >= MIN_VOICE_WORDS ? facts.personalWords / facts.words : 0;
  if (voice > PERSONAL_VOICE_SHARE) {
    add(signals, 'personalVoice', `${(voice * 100).toFixed(1)}% first/second-person words`);
  }
  if (facts.newsSiteName) add(signals, 'newsSiteName', `site "${facts.newsSiteName}"`);
  if (facts.siteName && facts.siteName.toLowerCase().includes('blog')) {
    add(signals, 'blogSiteName', `site name "${facts.siteName}"`);
  }
  const score = Math.round(facts.paragraphScore);
  if (facts.paragraphScore > READERABLE_SCORE) {
    add(signals, 'readerable', `${facts.longParagraphs} long paragraphs (density ${score})`);
  } else add(signals, 'notReaderable', `too little paragraph text (density ${score})`);
}

function urlSignals(url: string | null, signals: DetectionSignal[]): boolean {
  const shape = url ? urlShape(url) : null;
  if (!shape) return false;
  if (shape.dated) add(signals, 'urlDated', 'date in the URL path');
  else if (shape.storySlug) add(signals, 'urlSlug', 'story slug in the URL');
  if (shape.front) add(signals, 'urlFront', 'site or section front URL');
  if (shape.blogOrDocs) add(signals, 'urlBlogOrDocs', 'blog or documentation URL');
  if (shape.newsSection) add(signals, 'urlNewsSection', 'news section in the URL');
  if (shape.howTo) add(signals, 'urlHowTo', 'how-to URL');
  if (shape.personal) add(signals, 'urlPersonal', 'personal page URL');
  return shape.opinion;
}

/** Decide whether a page is news, opinion or neither, with the signals behind the decision. */
export function detectNews(doc: Document, url?: string): Detection {
  const facts = scanPage(doc);
  const signals: DetectionSignal[] = [];
  typeSignals(facts, signals);
  metaSignals(facts, signals);
  const opinionUrl = urlSignals(url ?? facts.canonicalUrl, signals);
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  const opinionSection = facts.sections.some((s) =>
    OPINION_WORDS.some((w) => s.toLowerCase().includes(w)),
  );
  if (opinionSection) add(signals, 'opinionSection', 'opinion section');
  const isOpinion = opinionUrl || opinionSection || signals.some((s) => s.name === 'jsonLdOpinion');
  let verdict: PageVerdict = 'not-news';
  if (score >= NEWS_THRESHOLD) verdict = isOpinion ? 'opinion' : 'news';
  return { verdict, score: Math.round(score * 10) / 10, signals };
}
