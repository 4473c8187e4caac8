/**
 * The one table of detection weights (Readability style) and the schema.org type lists and
 * thresholds the signals are read against: everything there is to tune, in one place.
 */

/** At or above this news score a page is news (or opinion). */
export const NEWS_THRESHOLD = 4;
/**
 * At or above this article score a page that is not news is still an article worth annotating
 * (a blog post, a press release, a feature): the extension reads the claims of any article.
 */
export const ARTICLE_THRESHOLD = 4;

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
/** Blog types: evidence against news, for an article. */
export const BLOG_TYPES = new Set(['BlogPosting', 'Blog']);
/** Types of docs, products and listings: neither news nor an article. */
export const NON_NEWS_TYPES = new Set([
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

/** News weights of every signal, by name: the one place to tune news detection. */
export const WEIGHTS = {
  jsonLdNews: 4,
  jsonLdOpinion: 4,
  jsonLdArticle: 2,
  jsonLdBlog: -2,
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
  urlDocs: 0,
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

/**
 * Article weights of the same signals: whether the page is one article of any genre (news, blog
 * post, press release, feature), read when it is not news. What only tells news from other writing
 * (a blog's name or address, personal voice, how-to slugs) weighs nothing here; what tells an
 * article from docs, listings and fronts keeps its weight.
 */
export const ARTICLE_WEIGHTS: Readonly<Record<SignalName, number>> = {
  jsonLdNews: 4,
  jsonLdOpinion: 4,
  jsonLdArticle: 3,
  jsonLdBlog: 3,
  jsonLdNonNews: -3,
  microdataNews: 3,
  microdataArticle: 1.5,
  ogArticle: 1.5,
  ogWebsite: -0.5,
  publishedTime: 1,
  articleElement: 1,
  articleBody: 1.5,
  byline: 0.5,
  dateline: 0.5,
  readerable: 2,
  notReaderable: -2,
  urlDated: 1.5,
  urlSlug: 1,
  urlFront: -3,
  urlBlogOrDocs: 0,
  urlDocs: -3,
  urlNewsSection: 1,
  urlHowTo: 0,
  microdataBlog: 1.5,
  blogSiteName: 0,
  datelineOpening: 2,
  reportingDense: 1,
  reportingSome: 0.5,
  newsKeywords: 1.5,
  articleSection: 1,
  articleTag: 0.5,
  urlPersonal: 0,
  personalVoice: 0,
  newsSiteName: 1,
  opinionSection: 0,
};

/** A weights table: the news one or the article one. */
export type Weights = Readonly<Record<SignalName, number>>;

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
