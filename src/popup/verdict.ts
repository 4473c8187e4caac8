/**
 * Why the detector decided what it did, reduced to the few signals a reader can check: the
 * strongest evidence for the verdict reached, never a dump of every signal.
 */
import type { Detection, DetectionSignal } from '../page/types';

/** How many reasons the header shows. */
export const MAX_REASONS = 3;

/**
 * The strongest signals supporting the verdict: positive weights for news or opinion, positive
 * article weights for an article (what made it one short of news), negative weights for not-news. When nothing supports it (an empty or contrary list) the strongest signals
 * either way are shown, so the header never claims a reason that is not there.
 */
export function verdictReasons(detection: Detection, max = MAX_REASONS): DetectionSignal[] {
  const sign = detection.verdict === 'not-news' ? -1 : 1;
  const weight = (signal: DetectionSignal): number =>
    detection.verdict === 'article' ? (signal.articleWeight ?? signal.weight) : signal.weight;
  const supporting = detection.signals
    .filter((signal) => weight(signal) * sign > 0)
    .sort((a, b) => weight(b) * sign - weight(a) * sign);
  const pool = supporting.length
    ? supporting
    : [...detection.signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return pool.slice(0, max);
}
