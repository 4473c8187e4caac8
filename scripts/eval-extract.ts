/**
 * `npm run eval:extract [-- --all] [--only=HASH]`: article extraction on the Article Extraction
 * Benchmark's 147 pages (../shared/corpus/aeb), scored with the benchmark's own metric (see
 * scripts/eval/shingles.ts), side by side with Mozilla Readability run on the same pages in the
 * same process. Ours is measured exactly as the extension highlights it: the CLI's `text` of
 * `blocksFromHtml` (news detection, then extraction on a linkedom DOM). Also prints news detection
 * on these pages (all are news), pages judged news that yield no text, and the 10 worst pages with
 * what was lost. `--all` lists every page; `--only=HASH` (a prefix) shows one page's lost and extra
 * paragraphs.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blocksFromHtml } from '../src/cli/article';
import { articleText } from '../src/cli/text';
import type { PageVerdict } from '../src/page/types';
import { readAebPages, type AebPage } from './eval/aeb';
import { missingParagraphs } from './eval/lost';
import {
  benchmarkScore,
  pagePrecision,
  pageRecall,
  shingleMatch,
  type PageCounts,
} from './eval/shingles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const AEB = resolve(root, '../shared/corpus/aeb');
const args = process.argv.slice(2);
const showAll = args.includes('--all');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
/** How many of the worst pages to show. */
const WORST = 10;
/** The published table (aeb/ORIGIN.md), all 181 pages, for orientation only. */
const PUBLISHED = 'rs_trafilatura 0.970 · trafilatura 0.958 · readability_js 0.947';

/** One page as both extractors saw it. */
interface PageResult {
  page: AebPage;
  verdict: PageVerdict;
  ours: string;
  oursCounts: PageCounts;
  oursMs: number;
  readability: string;
  readabilityCounts: PageCounts;
}

/** Mozilla Readability's text, as the benchmark's readability_js runner takes it (textContent). */
function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function run(page: AebPage): PageResult {
  const started = performance.now();
  const article = blocksFromHtml(page.html, page.url);
  const oursMs = performance.now() - started;
  const ours = articleText(article);
  const readability = readabilityText(page.html);
  return {
    page,
    verdict: article.verdict,
    ours,
    oursCounts: shingleMatch(page.truth, ours),
    oursMs,
    readability,
    readabilityCounts: shingleMatch(page.truth, readability),
  };
}

const f3 = (x: number) => x.toFixed(3);
const host = (url: string) => url.replace(/^https?:\/\/(?:www\.)?/u, '').slice(0, 48);
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function pageLine(r: PageResult): string {
  return (
    `${f3(pageRecall(r.oursCounts))}  ${f3(pagePrecision(r.oursCounts))}  ` +
    `${f3(pageRecall(r.readabilityCounts))}  ${r.verdict.padEnd(8)} ${r.page.id.slice(0, 8)}  ${host(r.page.url)}`
  );
}

function lostLine(r: PageResult): string {
  const lost = missingParagraphs(r.page.truth, r.ours);
  if (lost.paragraphs.length === 0)
    return '        lost: nothing whole (words missing inside paragraphs)';
  const pct = Math.round(lost.share * 100);
  return `        lost ${lost.paragraphs.length} of ${lost.of} paragraphs (${pct} % of the text), first: «${clip(lost.paragraphs[0] ?? '', 110)}»`;
}

const pages = readAebPages(AEB).filter((p) => only === undefined || p.id.startsWith(only));
const results = pages.map(run);
const ours = benchmarkScore(results.map((r) => r.oursCounts));
const theirs = benchmarkScore(results.map((r) => r.readabilityCounts));
const below = (rs: PageResult[], key: 'oursCounts' | 'readabilityCounts') =>
  rs.filter((r) => pageRecall(r[key]) < 0.5).length;

console.log(`# Article extraction on ${results.length} pages of ../shared/corpus/aeb`);
console.log(`metric: the benchmark's evaluate.py (4-word shingles, per-page P/R averaged)\n`);
console.log('extractor                        F1  precision  recall  pages with recall < 0.5');
console.log(
  `sourcelight (headline + blocks)  ${f3(ours.f1)}  ${f3(ours.precision)}      ${f3(ours.recall)}   ${below(results, 'oursCounts')}`,
);
console.log(
  `mozilla readability 0.6.0        ${f3(theirs.f1)}  ${f3(theirs.precision)}      ${f3(theirs.recall)}   ${below(results, 'readabilityCounts')}`,
);
console.log(`published, all 181 pages: ${PUBLISHED}\n`);

const judged = results.filter((r) => r.verdict !== 'not-news');
const empty = judged.filter((r) => r.ours.trim().length === 0);
console.log(
  `detection: ${judged.length}/${results.length} judged news or opinion (recall ${f3(judged.length / Math.max(1, results.length))})`,
);
for (const r of results.filter((x) => x.verdict === 'not-news')) {
  console.log(`  judged not news: ${r.page.id.slice(0, 8)}  ${host(r.page.url)}`);
}
console.log(`judged news but no text: ${empty.length}`);
for (const r of empty) console.log(`  ${r.page.id.slice(0, 8)}  ${host(r.page.url)}`);
const times = results.map((r) => r.oursMs).sort((a, b) => a - b);
console.log(
  `detect + extract in Node (linkedom), per page: median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms\n`,
);

const worst = [...results]
  .sort((a, b) => pageRecall(a.oursCounts) - pageRecall(b.oursCounts))
  .slice(0, showAll ? results.length : WORST);
console.log(`${showAll ? 'every page' : `${WORST} worst pages`} by our recall:`);
console.log('recall  prec.  readab.R  verdict  page      url');
for (const r of worst) {
  console.log(pageLine(r));
  if (!showAll || pageRecall(r.oursCounts) < 0.9) console.log(lostLine(r));
}

if (only !== undefined) {
  for (const r of results) {
    console.log(`\n## ${r.page.id}  ${r.page.url}`);
    for (const p of missingParagraphs(r.page.truth, r.ours).paragraphs)
      console.log(`LOST  ${clip(p, 300)}`);
    for (const p of missingParagraphs(r.ours, r.page.truth).paragraphs)
      console.log(`EXTRA ${clip(p, 300)}`);
  }
}
