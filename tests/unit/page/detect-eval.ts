/**
 * Scoring news detection against ../shared/corpus/readability/manifest.tsv: `news` and
 * `opinion-or-feature` are positive, `blog-or-docs` and `non-article` negative. Shared by the
 * corpus test (which asserts the bars) and scripts/detect-report.ts (which prints every miss).
 */
import { detectNews } from '../../../src/page/detect/index';
import type { Detection } from '../../../src/page/types';
import { parsePage, readManifest, readSavedPage, type ManifestRow } from './corpus';

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
    const predicted = o.detection.verdict !== 'not-news';
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
  for (const o of score.outcomes) {
    const predicted = o.detection.verdict !== 'not-news';
    if (predicted === o.expected) continue;
    const why = o.detection.signals.map((s) => `${s.name}(${s.weight})`).join(' ');
    lines.push(
      `${predicted ? 'FALSE POSITIVE' : 'FALSE NEGATIVE'} ${o.row.name} [${o.row.klass}] ` +
        `score ${o.detection.score}: ${why}`,
    );
  }
  return lines;
}
