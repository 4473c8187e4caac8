/**
 * The article as plain text — headline first, then every block, separated by blank lines: exactly
 * the text the extension would send to the engine and highlight. `sourcelight text` prints it and
 * `npm run eval:extract` scores it, so what is measured is what a reader gets.
 */
import type { LoadedArticle } from './article';

/** Separator between blocks: one blank line. */
const BLOCK_SEPARATOR = '\n\n';

/** The article's blocks (the headline is the first) as one text; empty when nothing was found. */
export function articleText(article: Pick<LoadedArticle, 'blocks'>): string {
  return article.blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}
