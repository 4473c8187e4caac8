/**
 * Page-layer records shared with the popup through the message protocol: what detection decided and
 * why, and which highlight categories exist. Kept DOM-free so the popup and tests can import them.
 */

/**
 * The detector's decision for a page, graded: news (or opinion) by the news score; failing that,
 * an article of another kind (blog post, press release, feature) by the article score, which the
 * extension annotates all the same; else not an article at all (`not-news`).
 */
export type PageVerdict = 'news' | 'opinion' | 'article' | 'not-news';

/** One piece of evidence the detector weighed, so the popup can say why it decided as it did. */
export interface DetectionSignal {
  /** Stable machine name ("json-ld:NewsArticle", "og:type=article", "paragraph-density"). */
  name: string;
  /** Contribution to the score (negative for evidence against). */
  weight: number;
  /** Contribution to the article score, when it differs from a news signal's. */
  articleWeight?: number;
  /** Short human-readable detail ("NewsArticle in JSON-LD @graph"). */
  detail: string;
}

export interface Detection {
  verdict: PageVerdict;
  /** Sum of signal weights; the news threshold is applied to it. */
  score: number;
  /** Sum of the signals' article weights, when the news score fell short. */
  articleScore?: number;
  signals: DetectionSignal[];
}

/** Highlight categories, each one named CSS highlight the reader can toggle. */
export const CATEGORIES = [
  'direct',
  'reported',
  'cue',
  'speaker',
  'anonymous',
  'loaded',
  'hedge',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Which categories are shown. */
export type CategoryToggles = Record<Category, boolean>;
