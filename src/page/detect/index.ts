/**
 * News-page detection: cheap enough to run cold on every page load, explained well enough that the
 * popup can say why. Facts from the page's metadata, the URL, its first paragraphs and its markup
 * become weighted signals (the tables in ./weights). Their news weights decide news / opinion; short
 * of news, their article weights decide whether the page is still an article (a blog post, a press
 * release) the extension annotates all the same, or not an article at all.
 * The markup, the only read that can cost a pass over the whole document, is read only while it
 * can still change the verdict.
 */
import type { Detection, DetectionSignal, PageVerdict } from '../types';
import { ARTICLE_MARKUP_RANGE, MARKUP_RANGE, markupSignals } from './markup';
import { readParagraphs, type ParagraphFacts } from './paragraphs';
import { readMetadata } from './scan';
import {
  add,
  firstOf,
  metaSignals,
  paragraphRange,
  paragraphSignals,
  total,
  urlSignals,
} from './signals';
import { urlShape } from './url';
import {
  ARTICLE_THRESHOLD,
  ARTICLE_WEIGHTS,
  NEWS_THRESHOLD,
  OPINION_TYPES,
  OPINION_WORDS,
  WEIGHTS,
} from './weights';

export { ARTICLE_THRESHOLD, ARTICLE_WEIGHTS, NEWS_THRESHOLD, WEIGHTS } from './weights';

function isOpinionSection(sections: readonly string[]): boolean {
  for (const section of sections) {
    const lower = section.toLowerCase();
    for (const word of OPINION_WORDS) if (lower.includes(word)) return true;
  }
  return false;
}

/**
 * Decide whether a page is news, opinion, another kind of article or none, with the signals behind
 * the decision. The
 * signals are those read before the verdict was settled: paragraph counts the verdict no longer
 * needed are not taken (`detectNewsFully` takes them all, for the same verdict).
 */
export function detectNews(doc: Document, url?: string): Detection {
  return detect(doc, url, true);
}

/** `detectNews` reading every paragraph signal: the reference its early stop is tested against. */
export function detectNewsFully(doc: Document, url?: string): Detection {
  return detect(doc, url, false);
}

function detect(doc: Document, url: string | undefined, stopEarly: boolean): Detection {
  const signals: DetectionSignal[] = [];
  const meta = readMetadata(doc);
  metaSignals(meta, signals);
  const address = url ?? meta.canonicalUrl;
  const opinionUrl = urlSignals(address ? urlShape(address) : null, signals);
  const base = total(signals, WEIGHTS);
  const articleBase = total(signals, ARTICLE_WEIGHTS);
  // Paragraphs are the costly read: stop once no paragraph or markup signal still to come could
  // move the score across the threshold (most news pages: strong metadata, then readerable), nor,
  // short of news, the article score across its own.
  const settled = (facts: Readonly<ParagraphFacts>): boolean => {
    const [least, most] = paragraphRange(facts);
    if (base + least + MARKUP_RANGE[0] >= NEWS_THRESHOLD) return true;
    if (base + most + MARKUP_RANGE[1] >= NEWS_THRESHOLD) return false;
    const [aLeast, aMost] = paragraphRange(facts, ARTICLE_WEIGHTS);
    return (
      articleBase + aLeast + ARTICLE_MARKUP_RANGE[0] >= ARTICLE_THRESHOLD ||
      articleBase + aMost + ARTICLE_MARKUP_RANGE[1] < ARTICLE_THRESHOLD
    );
  };
  paragraphSignals(readParagraphs(doc, stopEarly ? settled : undefined), signals);
  const scores = markupSignals(doc, signals, {
    news: total(signals, WEIGHTS),
    article: total(signals, ARTICLE_WEIGHTS),
  });
  const opinionSection = isOpinionSection(meta.sections);
  if (opinionSection) add(signals, 'opinionSection', 'opinion section');
  const opinionType = firstOf(meta.jsonLdTypes, OPINION_TYPES) !== undefined;
  const round = (x: number) => Math.round(x * 10) / 10;
  if (scores.news >= NEWS_THRESHOLD) {
    const verdict = opinionUrl || opinionSection || opinionType ? 'opinion' : 'news';
    return { verdict, score: round(scores.news), signals };
  }
  const verdict: PageVerdict = scores.article >= ARTICLE_THRESHOLD ? 'article' : 'not-news';
  return { verdict, score: round(scores.news), articleScore: round(scores.article), signals };
}
