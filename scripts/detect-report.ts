/**
 * Prints news detection's confusion table on ../shared/corpus/readability/manifest.tsv, its recall on
 * ../shared/corpus/aeb (all news), and every miss with the signals behind it. Run: npx tsx scripts/detect-report.ts
 */
import {
  evaluateAebDetection,
  evaluateDetection,
  formatAebDetection,
  formatDetection,
} from '../tests/unit/page/detect-eval';

for (const line of formatDetection(evaluateDetection())) console.log(line);
for (const line of formatAebDetection(evaluateAebDetection())) console.log(line);
