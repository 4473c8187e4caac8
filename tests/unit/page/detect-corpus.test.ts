/**
 * News detection on every page of ../shared/corpus/readability: precision and recall at or above
 * 0.90 (news and opinion-or-feature positive), and no page throws. The confusion table and every
 * miss are printed, so a failure says which pages and why.
 */
import { describe, expect, it } from 'vitest';
import { evaluateDetection, formatDetection } from './detect-eval';

describe('news detection on the readability corpus', () => {
  it('reaches precision and recall of 0.90', () => {
    const score = evaluateDetection();
    console.log(formatDetection(score).join('\n'));
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
