/**
 * Body-markup evidence (microdata, `<article>`, itemprop, dates, bylines), read cheapest query first
 * and only while it can still change the verdict: all but microdata only add to the score, so once
 * the score reaches the threshold, or cannot reach it with what is left, reading stops. Each query is
 * the browser's selector engine; the one costly pattern (a class-name substring) comes last.
 */
import type { DetectionSignal } from '../types';
import { add, firstOf } from './signals';
import {
  ARTICLE_TYPES,
  BLOG_TYPES,
  NEWS_THRESHOLD,
  NEWS_TYPES,
  OPINION_TYPES,
  WEIGHTS,
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

/**
 * The least and the most the markup signals can add to any score: microdata for a blog is the
 * only evidence against; the rest only adds (a news type outranks a generic article type).
 */
export const MARKUP_RANGE: readonly [number, number] = [
  Math.min(0, WEIGHTS.microdataBlog),
  Math.max(WEIGHTS.microdataNews, WEIGHTS.microdataArticle) +
    WEIGHTS.articleElement +
    WEIGHTS.articleBody +
    WEIGHTS.byline +
    WEIGHTS.dateline,
];

/** Whether adding up to `upside` to `score` could still carry it to the threshold. */
function open(score: number, upside: number): boolean {
  return score < NEWS_THRESHOLD && score + upside >= NEWS_THRESHOLD;
}

function microdataSignals(doc: Document, signals: DetectionSignal[]): number {
  const typed = doc.querySelectorAll('[itemtype]');
  const types: string[] = [];
  for (let i = 0; i < typed.length && i < MAX_ITEMTYPES; i++) {
    const itemtype = typed[i]?.getAttribute('itemtype') ?? '';
    types.push(itemtype.slice(itemtype.lastIndexOf('/') + 1));
  }
  const news = firstOf(types, NEWS_TYPES) ?? firstOf(types, OPINION_TYPES);
  if (news) return add(signals, 'microdataNews', `${news} microdata`);
  let weight = 0;
  const article = firstOf(types, ARTICLE_TYPES);
  if (article) weight += add(signals, 'microdataArticle', `${article} microdata`);
  const blog = firstOf(types, BLOG_TYPES);
  if (blog) weight += add(signals, 'microdataBlog', `${blog} microdata`);
  return weight;
}

/** Add the markup signals that can still matter to a page scored `score` so far; the new score. */
export function markupSignals(doc: Document, signals: DetectionSignal[], score: number): number {
  const w = WEIGHTS;
  let byline: number = w.byline;
  let dateline: number = w.dateline;
  const upside = w.articleElement + w.articleBody + byline + dateline;
  const microMax = Math.max(w.microdataNews, w.microdataArticle);
  if (score + w.microdataBlog < NEWS_THRESHOLD && score + upside + microMax >= NEWS_THRESHOLD) {
    score += microdataSignals(doc, signals);
  }
  if (open(score, upside) && doc.getElementsByTagName('article')[0]) {
    score += add(signals, 'articleElement', '<article> element');
  }
  if (open(score, w.articleBody + byline + dateline)) {
    const props = doc.querySelectorAll(ITEMPROPS);
    let body = false;
    for (let i = 0; i < props.length && i < MAX_ITEMPROPS; i++) {
      const prop = props[i]?.getAttribute('itemprop')?.toLowerCase() ?? '';
      if (prop.includes('articlebody')) body = true;
      if (prop.includes('author')) byline = 0;
      if (prop.includes('datepublished')) dateline = 0;
    }
    if (body) score += add(signals, 'articleBody', 'itemprop=articleBody');
    if (!byline) score += add(signals, 'byline', 'author markup');
    if (!dateline) score += add(signals, 'dateline', 'publication date markup');
  }
  if (dateline && open(score, byline + dateline) && doc.querySelector('time[datetime]')) {
    score += add(signals, 'dateline', 'publication date markup');
  }
  if (byline && open(score, byline)) {
    if (doc.querySelector(AUTHOR) ?? doc.querySelector(BYLINE_CLASS)) {
      score += add(signals, 'byline', 'byline or author markup');
    }
  }
  return score;
}
