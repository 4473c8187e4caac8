/**
 * News-page detection: cheap enough to run cold on every page load, explained well enough that the
 * popup can say why. Facts from the page's metadata, the URL, its first paragraphs and its markup
 * become weighted signals (the one table in ./weights); their sum decides news / opinion / not news.
 * The markup, the only read that can cost a pass over the whole document, is read only while it
 * can still change the verdict.
 */
import type { Detection, DetectionSignal, PageVerdict } from '../types';
import { MARKUP_RANGE, markupSignals } from './markup';
import { readParagraphs, type ParagraphFacts } from './paragraphs';
import { readMetadata } from './scan';
import { add, firstOf, metaSignals, paragraphRange, paragraphSignals, urlSignals } from './signals';
import { urlShape } from './url';
import { NEWS_THRESHOLD, OPINION_TYPES, OPINION_WORDS } from './weights';

export { NEWS_THRESHOLD, WEIGHTS } from './weights';

function isOpinionSection(sections: readonly string[]): boolean {
  for (const section of sections) {
    const lower = section.toLowerCase();
    for (const word of OPINION_WORDS) if (lower.includes(word)) return true;
  }
  return false;
}

/**
 * Decide whether a page is news, opinion or neither, with the signals behind the decision. The
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
  let base = 0;
  for (const signal of signals) base += signal.weight;
  // Paragraphs are the costly read: stop once no paragraph or markup signal still to come could
  // move the score across the threshold (most news pages: strong metadata, then readerable).
  const settled = (facts: Readonly<ParagraphFacts>): boolean => {
    const [least, most] = paragraphRange(facts);
    return (
      base + least + MARKUP_RANGE[0] >= NEWS_THRESHOLD ||
      base + most + MARKUP_RANGE[1] < NEWS_THRESHOLD
    );
  };
  paragraphSignals(readParagraphs(doc, stopEarly ? settled : undefined), signals);
  let score = 0;
  for (const signal of signals) score += signal.weight;
  score = markupSignals(doc, signals, score);
  const opinionSection = isOpinionSection(meta.sections);
  if (opinionSection) add(signals, 'opinionSection', 'opinion section');
  const opinionType = firstOf(meta.jsonLdTypes, OPINION_TYPES) !== undefined;
  let verdict: PageVerdict = 'not-news';
  if (score >= NEWS_THRESHOLD)
    verdict = opinionUrl || opinionSection || opinionType ? 'opinion' : 'news';
  return { verdict, score: Math.round(score * 10) / 10, signals };
}
