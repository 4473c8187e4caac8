/**
 * `tsx scripts/eval/blocks.ts FILE`: print the engine's input blocks for a saved page, one per line
 * with index and kind, so an annotator reads exactly the text the engine and the scorer see.
 */
import { loadArticle } from '../../src/cli/main';

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: tsx scripts/eval/blocks.ts FILE\n');
  process.exit(2);
}
const article = loadArticle(file);
console.log(`# ${article.title} (news: ${String(article.isNews)})`);
article.blocks.forEach((b, i) => console.log(`[${i}] ${b.kind}: ${b.text}`));
