/**
 * The Article Extraction Benchmark's metric, as its `evaluate.py` defines it (scrapinghub/
 * article-extraction-benchmark): text becomes word tokens (Python's Unicode `\w+`), tokens become
 * 4-word shingles counted as a multiset, and each page gets true/false positives and false negatives
 * normalized to sum to 1 (so long articles weigh no more than short ones). Precision is averaged over
 * pages with a non-empty prediction, recall over pages with a non-empty truth, and F1 is taken from
 * the two averages. Reproduced exactly, so our figures compare with the benchmark's published table.
 */

/** Python's `\w` on `str`: letters (L*), numbers (N*) and the underscore; no combining marks. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The benchmark's shingle length. */
export const SHINGLE_WORDS = 4;

/** Word tokens as `re.findall(r'\w+', text)` gives them (case kept). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Shingles with their counts. A text shorter than `n` words is one shorter shingle; an empty text
 * has none (`range(0, max(1, len - n + 1))` with empty slices dropped).
 */
export function shingles(text: string, n = SHINGLE_WORDS): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    // Tokens never hold a space, so a space-joined key is as exact as Python's tuple.
    const key = slice.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle counts, normalized to sum to 1 (all 0 when both texts are empty). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** `string_shingle_matching`: multiset overlap of the two texts' shingles, normalized. */
export function shingleMatch(truth: string, prediction: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, trueCount] of t) {
    const predCount = p.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fn += Math.max(0, trueCount - predCount);
  }
  for (const [key, predCount] of p) fp += Math.max(0, predCount - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** `precision_score`: 1 for a perfect match, 0 when nothing was predicted right. */
export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** `recall_score`: 1 for a perfect match, 0 when nothing of the truth was found. */
export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** The benchmark's summary figures. */
export interface BenchmarkScore {
  precision: number;
  recall: number;
  f1: number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * `metrics_from_tp_fp_fns`: precision over pages that predicted something, recall over pages whose
 * truth has text (an empty prediction counts 0 in recall and nothing in precision), F1 of the means.
 */
export function benchmarkScore(pages: readonly PageCounts[]): BenchmarkScore {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
