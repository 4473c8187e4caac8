/**
 * Exactness check for speed work: every corpus page (aeb, readability, dev) through the CLI's
 * detection + extraction (linkedom) of two trees; prints the pages whose verdict or blocks differ.
 *   npx tsx scripts/ab/same-output.ts /tmp/ab/head/src src
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readAebPages } from '../eval/aeb';

const [a = '/tmp/ab/head/src', b = 'src'] = process.argv.slice(2);
type Load = (html: string, url?: string) => unknown;
const loadA = ((await import(resolve(a, 'cli/article.ts'))) as { blocksFromHtml: Load })
  .blocksFromHtml;
const loadB = ((await import(resolve(b, 'cli/article.ts'))) as { blocksFromHtml: Load })
  .blocksFromHtml;
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const pages: { name: string; html: string; url?: string }[] = readAebPages(join(CORPUS, 'aeb')).map(
  (p) => ({ name: `aeb/${p.id}`, html: p.html, url: p.url }),
);
for (const set of ['readability', 'dev']) {
  for (const name of readdirSync(join(CORPUS, set))) {
    for (const file of ['source.html', 'page.html', 'index.html']) {
      const path = join(CORPUS, set, name, file);
      if (existsSync(path))
        pages.push({ name: `${set}/${name}`, html: readFileSync(path, 'utf8') });
    }
    if (name.endsWith('.html')) {
      pages.push({ name: `${set}/${name}`, html: readFileSync(join(CORPUS, set, name), 'utf8') });
    }
  }
}
let differ = 0;
for (const page of pages) {
  const run = (load: Load) => {
    try {
      return JSON.stringify(load(page.html, page.url));
    } catch (e) {
      return `error ${String(e)}`;
    }
  };
  if (run(loadA) !== run(loadB)) {
    differ++;
    console.log(`differs: ${page.name}`);
  }
}
console.log(`${pages.length} pages, ${differ} differ`);
