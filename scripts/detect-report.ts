/**
 * Prints news detection's confusion table on ../shared/corpus/readability/manifest.tsv and every
 * miss with the signals behind it. Run: npx tsx scripts/detect-report.ts
 */
import { evaluateDetection, formatDetection } from '../tests/unit/page/detect-eval';

for (const line of formatDetection(evaluateDetection())) console.log(line);
