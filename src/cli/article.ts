/**
 * Turn a saved file into the engine's input: `.html` through the extension's own news detection
 * and article extraction on a linkedom DOM, `.txt` as plain text whose first line is the headline.
 * One place for the HTML → blocks step, shared by the CLI and the eval.
 */
import { parseHTML } from 'linkedom';
import { detectNews } from '../page/detect/index';
import { extractArticle } from '../page/extract/index';
import type { TextBlock } from '../engine/types';
import type { PageVerdict } from '../page/types';

/** An article ready for the engine. */
export interface LoadedArticle {
  title: string;
  isNews: boolean;
  /** The detector's verdict (plain text is taken as news). */
  verdict: PageVerdict;
  blocks: TextBlock[];
}

/** Why a file could not be read as an article (a one-line message for the user). */
export class ArticleError extends Error {}

/** Split plain text into blocks: the first non-empty line is the headline, then one per line. */
export function blocksFromText(text: string): LoadedArticle {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) throw new ArticleError('the file is empty');
  const [headline = '', ...rest] = lines;
  return {
    title: headline,
    isNews: true,
    verdict: 'news',
    blocks: [
      { kind: 'headline', text: headline },
      ...rest.map((text): TextBlock => ({ kind: 'paragraph', text })),
    ],
  };
}

/** Detect and extract an article from HTML source, as the extension does in the page. */
export function blocksFromHtml(html: string, url?: string): LoadedArticle {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new ArticleError('the file does not look like HTML');
  const { document } = parseHTML(html);
  const detection = detectNews(document as unknown as Document, url);
  const article = extractArticle(document as unknown as Document);
  const { verdict } = detection;
  const isNews = verdict === 'news';
  // A page with no article text is not bad input: it simply has nothing to attribute.
  if (article === null) return { title: document.title ?? '', isNews, verdict, blocks: [] };
  return { title: article.title, isNews, verdict, blocks: article.blocks };
}
