/**
 * The one table of detection weights (Readability style) and the schema.org type lists and
 * thresholds the signals are read against: everything there is to tune, in one place.
 */

/** At or above this score a page is treated as an article worth annotating. */
export const NEWS_THRESHOLD = 4;

/** schema.org types that are news reports. */
export const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);
/** schema.org types that are opinion. */
export const OPINION_TYPES = new Set(['OpinionNewsArticle', 'Opinion']);
/** Generic article types: some evidence, less than a news type. */
export const ARTICLE_TYPES = new Set(['Article', 'Report']);
/** Blog types in microdata: evidence against. */
export const BLOG_TYPES = new Set(['BlogPosting', 'Blog']);
/** Types of blogs, docs, products and listings. */
export const NON_NEWS_TYPES = new Set([
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

/** A signal's name: a key of the weights table. */
export type SignalName = keyof typeof WEIGHTS;

/** Reporting phrases that make a page read like reporting: at least this many... */
export const REPORTING_DENSE = 3;
/** ...and at least this many per thousand words (blogs and fiction say "said" less often). */
export const REPORTING_DENSITY = 10;
/** Fewer phrases than this are no evidence at all. */
export const REPORTING_SOME = 2;
/** Above this share of I/we/you words a page reads as a blog post or how-to, not reporting. */
export const PERSONAL_VOICE_SHARE = 0.05;
/** Fewer words than this say nothing about voice. */
export const MIN_VOICE_WORDS = 150;
/** Section names of opinion pages. */
export const OPINION_WORDS = ['opinion', 'comment', 'editorial', 'column', 'op-ed', 'views'];
