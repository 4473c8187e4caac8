/**
 * Scoring news detection against ../shared/corpus/readability/manifest.tsv: `news` and
 * `opinion-or-feature` are positive, `blog-or-docs` and `non-article` negative, and only the news
 * and opinion verdicts count as predicted positive (an `article` verdict is a negative here). Shared by the
 * corpus test (which asserts the bars) and scripts/detect-report.ts (which prints every miss).
 */
import { detectNews } from '../../../src/page/detect/index';
import type { Detection } from '../../../src/page/types';
import { readAebPages } from '../../../scripts/eval/aeb';
import { CORPUS, parsePage, readManifest, readSavedPage, type ManifestRow } from './corpus';
import { join } from 'node:path';

/** One page's outcome. */
export interface DetectionOutcome {
  row: ManifestRow;
  expected: boolean;
  detection: Detection;
}

/** Precision, recall and the confusion counts. */
export interface DetectionScore {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  precision: number;
  recall: number;
  outcomes: DetectionOutcome[];
}

/** The news verdicts: news or opinion. */
export function isNews(detection: Detection): boolean {
  return detection.verdict === 'news' || detection.verdict === 'opinion';
}

/** Run detection on every manifest page and score it. */
export function evaluateDetection(): DetectionScore {
  const outcomes = readManifest().map((row) => ({
    row,
    expected: row.klass === 'news' || row.klass === 'opinion-or-feature',
    detection: detectNews(parsePage(readSavedPage(row.name))),
  }));
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const o of outcomes) {
    const predicted = isNews(o.detection);
    if (predicted && o.expected) tp++;
    else if (predicted) fp++;
    else if (o.expected) fn++;
    else tn++;
  }
  return { tp, fp, tn, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), outcomes };
}

/** The confusion table and every miss with the signals behind it, as printable lines. */
export function formatDetection(score: DetectionScore): string[] {
  const lines = [
    `                predicted+  predicted-`,
    `actual+ (news)  ${String(score.tp).padStart(10)}  ${String(score.fn).padStart(10)}`,
    `actual- (other) ${String(score.fp).padStart(9)}  ${String(score.tn).padStart(10)}`,
    `precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}`,
  ];
  const annotated = new Map<string, [number, number]>();
  for (const o of score.outcomes) {
    const counts = annotated.get(o.row.klass) ?? [0, 0];
    if (o.detection.verdict !== 'not-news') counts[0]++;
    counts[1]++;
    annotated.set(o.row.klass, counts);
  }
  const perClass = [...annotated].map(([klass, [n, of]]) => `${klass} ${n}/${of}`).join(', ');
  lines.push(`annotated (news, opinion or article): ${perClass}`);
  for (const o of score.outcomes) {
    const predicted = isNews(o.detection);
    if (predicted === o.expected) continue;
    const why = o.detection.signals.map((s) => `${s.name}(${s.weight})`).join(' ');
    lines.push(
      `${predicted ? 'FALSE POSITIVE' : 'FALSE NEGATIVE'} ${o.row.name} [${o.row.klass}] ` +
        `${o.detection.verdict} score ${o.detection.score}: ${why}`,
    );
  }
  return lines;
}

/** One aeb page's outcome: every aeb page is a news article. */
export interface AebOutcome {
  id: string;
  url: string;
  detection: Detection;
}

/**
 * Recall on ../shared/corpus/aeb (147 article pages, each detected with its address): `recall`
 * counts every page the extension annotates (news, opinion or article), `newsRecall` the news
 * verdicts alone.
 */
export function evaluateAebDetection(): {
  recall: number;
  newsRecall: number;
  outcomes: AebOutcome[];
} {
  const outcomes = readAebPages(join(CORPUS, 'aeb')).map((page) => ({
    id: page.id,
    url: page.url,
    detection: detectNews(parsePage(page.html), page.url),
  }));
  const found = outcomes.filter((o) => o.detection.verdict !== 'not-news').length;
  const news = outcomes.filter((o) => isNews(o.detection)).length;
  const of = Math.max(1, outcomes.length);
  return { recall: found / of, newsRecall: news / of, outcomes };
}

/** Recall on aeb and every missed page with the signals behind it, as printable lines. */
export function formatAebDetection(score: ReturnType<typeof evaluateAebDetection>): string[] {
  const found = score.outcomes.filter((o) => o.detection.verdict !== 'not-news').length;
  const of = score.outcomes.length;
  const lines = [
    `aeb recall ${score.recall.toFixed(3)} (${found}/${of} annotated), ` +
      `news verdicts ${score.newsRecall.toFixed(3)} (${Math.round(score.newsRecall * of)}/${of})`,
  ];
  for (const o of score.outcomes) {
    if (o.detection.verdict !== 'not-news') continue;
    const why = o.detection.signals
      .map((s) => `${s.name}(${s.weight}/${s.articleWeight ?? s.weight})`)
      .join(' ');
    const scores = `score ${o.detection.score}, article ${o.detection.articleScore ?? '-'}`;
    lines.push(`MISSED ${o.id.slice(0, 8)} ${o.url} ${scores}: ${why}`);
  }
  return lines;
}
