/**
 * Body-markup evidence (microdata, `<article>`, itemprop, dates, bylines), read cheapest query first
 * and only while it can still change the verdict: all but microdata only add to the scores, so once
 * the news score reaches its threshold, or neither score can reach its own with what is left,
 * reading stops. Each query is
 * the browser's selector engine; the one costly pattern (a class-name substring) comes last.
 */
import type { DetectionSignal } from '../types';
import { add, firstOf } from './signals';
import {
  ARTICLE_THRESHOLD,
  ARTICLE_TYPES,
  ARTICLE_WEIGHTS,
  BLOG_TYPES,
  NEWS_THRESHOLD,
  NEWS_TYPES,
  OPINION_TYPES,
  WEIGHTS,
  type SignalName,
  type Weights,
} from './weights';

/** Properties publishers mark the article body, author and date with (any case, any prefix). */
const ITEMPROPS = '[itemprop*=articlebody i],[itemprop*=author i],[itemprop*=datepublished i]';
/** Author markup short of a class name. */
const AUTHOR = 'address,[rel=author]';
/** A byline class ("byline", "article__byline"): a substring test on every element, so last. */
const BYLINE_CLASS = '[class*=byline i]';
/** Microdata types read: listings can mark up thousands of items. */
const MAX_ITEMTYPES = 50;
/** Itemprop matches read, for the same reason. */
const MAX_ITEMPROPS = 50;

/** The running news and article scores. */
export interface Scores {
  news: number;
  article: number;
}

/**
 * The least and the most the markup signals can add to any score in `w`: microdata for a blog may
 * count against (news) or for (article); the rest only adds (a news type outranks the others).
 */
export function markupRange(w: Weights): [number, number] {
  const micro = Math.max(w.microdataNews, w.microdataArticle + Math.max(0, w.microdataBlog));
  return [
    Math.min(0, w.microdataBlog),
    micro + w.articleElement + w.articleBody + w.byline + w.dateline,
  ];
}

/** The news score's markup range. */
export const MARKUP_RANGE: readonly [number, number] = markupRange(WEIGHTS);
/** The article score's. */
export const ARTICLE_MARKUP_RANGE: readonly [number, number] = markupRange(ARTICLE_WEIGHTS);

/**
 * Whether markup worth up to `up` (news) and `articleUp` (article) more, or `down` less, could
 * still change the verdict of a page scored `s` so far: a news score that may still cross the
 * news threshold either way, or, short of news for good, an article score that may still reach its
 * own.
 */
function open(s: Scores, up: number, articleUp: number, down = 0): boolean {
  if (s.news + down >= NEWS_THRESHOLD) return false;
  if (s.news + up >= NEWS_THRESHOLD) return true;
  return s.article < ARTICLE_THRESHOLD && s.article + articleUp >= ARTICLE_THRESHOLD;
}

/** Record a signal in both scores. */
function score(s: Scores, signals: DetectionSignal[], name: SignalName, detail: string): void {
  s.news += add(signals, name, detail);
  s.article += ARTICLE_WEIGHTS[name];
}

function microdataSignals(doc: Document, signals: DetectionSignal[], s: Scores): void {
  const typed = doc.querySelectorAll('[itemtype]');
  const types: string[] = [];
  for (let i = 0; i < typed.length && i < MAX_ITEMTYPES; i++) {
    const itemtype = typed[i]?.getAttribute('itemtype') ?? '';
    types.push(itemtype.slice(itemtype.lastIndexOf('/') + 1));
  }
  const news = firstOf(types, NEWS_TYPES) ?? firstOf(types, OPINION_TYPES);
  if (news) return score(s, signals, 'microdataNews', `${news} microdata`);
  const article = firstOf(types, ARTICLE_TYPES);
  if (article) score(s, signals, 'microdataArticle', `${article} microdata`);
  const blog = firstOf(types, BLOG_TYPES);
  if (blog) score(s, signals, 'microdataBlog', `${blog} microdata`);
}

/**
 * Add the markup signals that can still matter to a page scored `scores` so far (news and
 * article); the new scores.
 */
export function markupSignals(
  doc: Document,
  signals: DetectionSignal[],
  scores: Readonly<Scores>,
): Scores {
  const s = { ...scores };
  const w = WEIGHTS;
  const a = ARTICLE_WEIGHTS;
  let byline = true;
  let dateline = true;
  const [down, microUp] = [MARKUP_RANGE[0], MARKUP_RANGE[1]];
  const articleMicroUp = ARTICLE_MARKUP_RANGE[1];
  if (open(s, microUp, articleMicroUp, down)) microdataSignals(doc, signals, s);
  const rest = (...names: SignalName[]): [number, number] => {
    let news = 0;
    let article = 0;
    for (const name of names) {
      if ((name === 'byline' && !byline) || (name === 'dateline' && !dateline)) continue;
      news += w[name];
      article += a[name];
    }
    return [news, article];
  };
  if (open(s, ...rest('articleElement', 'articleBody', 'byline', 'dateline'))) {
    if (doc.getElementsByTagName('article')[0]) score(s, signals, 'articleElement', '<article>');
  }
  if (open(s, ...rest('articleBody', 'byline', 'dateline'))) {
    const props = doc.querySelectorAll(ITEMPROPS);
    let body = false;
    for (let i = 0; i < props.length && i < MAX_ITEMPROPS; i++) {
      const prop = props[i]?.getAttribute('itemprop')?.toLowerCase() ?? '';
      if (prop.includes('articlebody')) body = true;
      if (prop.includes('author')) byline = false;
      if (prop.includes('datepublished')) dateline = false;
    }
    if (body) score(s, signals, 'articleBody', 'itemprop=articleBody');
    if (!byline) score(s, signals, 'byline', 'author markup');
    if (!dateline) score(s, signals, 'dateline', 'publication date markup');
  }
  if (dateline && open(s, ...rest('byline', 'dateline')) && doc.querySelector('time[datetime]')) {
    dateline = false;
    score(s, signals, 'dateline', 'publication date markup');
  }
  if (byline && open(s, ...rest('byline'))) {
    if (doc.querySelector(AUTHOR) ?? doc.querySelector(BYLINE_CLASS)) {
      score(s, signals, 'byline', 'byline or author markup');
    }
  }
  return s;
}
