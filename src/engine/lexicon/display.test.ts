import { describe, expect, it } from 'vitest';
import { QUESTION_OPENERS, REPORTING_OPENERS } from './display';
import { isDocumentWord } from './sources';

/** Words that open a feature title or question after a colon, not a claim. */
describe('QUESTION_OPENERS', () => {
  it.each(['where', 'why', 'how', 'what', 'whether'])('%s opens a question', (w) => {
    expect(QUESTION_OPENERS.has(w)).toBe(true);
  });
  it.each(['the', 'police', 'that', 'as'])('%s does not', (w) => {
    expect(QUESTION_OPENERS.has(w)).toBe(false);
  });
});

/** Documents that source a headline from its front ("Report: ..."), never the outlet's labels. */
describe('REPORTING_OPENERS', () => {
  it.each([...REPORTING_OPENERS])('%s is a document word', (w) => {
    expect(isDocumentWord(w)).toBe(true);
  });
  it.each(['review', 'analysis', 'opinion', 'explainer'])('%s is a label, not a source', (w) => {
    expect(REPORTING_OPENERS.has(w)).toBe(false);
  });
});
