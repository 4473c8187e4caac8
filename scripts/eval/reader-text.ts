/**
 * `tsx scripts/eval/reader-text.ts FILE`: print a saved page as an annotator reads it (see
 * `reader.ts`): URL, headline, standfirst, then the reference article body, one numbered paragraph a
 * line. Gold is written from this view, never from the project's extraction or engine output.
 */
import { readerText } from './reader';

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: tsx scripts/eval/reader-text.ts FILE (.html, .html.gz or .txt)\n');
  process.exit(2);
}
const view = readerText(file);
console.log(`URL: ${view.url}`);
console.log(`H1: ${view.headline}`);
console.log(`TITLE: ${view.title}`);
const label = view.standfirstShown
  ? 'STANDFIRST (shown on the page)'
  : 'DESCRIPTION (in <head> only, not article text)';
console.log(`${label}: ${view.description}`);
console.log('ARTICLE BODY:');
view.paragraphs.forEach((p, i) => console.log(`[${i}] ${p}`));
