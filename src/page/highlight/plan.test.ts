import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../engine/index';
import { CATEGORIES } from '../types';
import { CLAIM_STRIDE, highlightPlan, isHighlightPlan, SPAN_STRIDE } from './plan';
import { categorySpans } from './spans';

const article = [
  { kind: 'headline' as const, text: 'Minister defends plan' },
  {
    kind: 'paragraph' as const,
    text: '"We will not retreat," the minister said. Officials reportedly insisted it would pass.',
  },
  {
    kind: 'paragraph' as const,
    text: 'According to the union, talks had failed, she told reporters.',
  },
];
const result = extractAttributions(article);

describe('highlightPlan', () => {
  it('holds every category’s spans, flat, in the order categorySpans gives them', () => {
    const plan = highlightPlan(result);
    const spans = categorySpans(result);
    for (const c of CATEGORIES) {
      expect(plan.spans[c]).toEqual(spans[c].flatMap((s) => [s.block, s.start, s.end]));
    }
  });

  it('holds every claim once, in reading order, with its id', () => {
    const plan = highlightPlan(result);
    expect(plan.count).toBe(result.attributions.length);
    expect(plan.claims.length).toBe(result.attributions.length * CLAIM_STRIDE);
    const read: number[][] = [];
    for (let i = 0; i < plan.claims.length; i += CLAIM_STRIDE)
      read.push(plan.claims.slice(i, i + 4));
    const sorted = [...read].sort((a, b) => a[1]! - b[1]! || a[2]! - b[2]!);
    expect(read).toEqual(sorted);
    for (const [id, block, start, end] of read) {
      expect(result.attributions.find((a) => a.id === id)?.content).toMatchObject({
        block,
        start,
        end,
      });
    }
  });

  it('survives JSON and is recognised; anything else is not', () => {
    const plan = JSON.parse(JSON.stringify(highlightPlan(result)));
    expect(isHighlightPlan(plan)).toBe(true);
    expect(SPAN_STRIDE).toBe(3);
    const broken = [
      null,
      'plan',
      { ...plan, count: '3' },
      { ...plan, claims: [1, 2, 3] },
      { ...plan, spans: { ...plan.spans, cue: [1, 2] } },
      { ...plan, spans: { ...plan.spans, hedge: ['0', 1, 2] } },
      { ...plan, spans: { direct: [] } },
    ];
    for (const value of broken) expect(isHighlightPlan(value)).toBe(false);
  });
});
