import { describe, expect, it } from 'vitest';
import { inclusiveMs, type CpuProfile } from './cpu';

// root(1) → page(2) → ext(3) → native(4); root → idle(5)
const profile = (samples: number[], deltas: number[]): CpuProfile => ({
  nodes: [
    { id: 1, callFrame: { url: '' }, children: [2, 5] },
    { id: 2, callFrame: { url: 'http://page/app.js' }, children: [3] },
    { id: 3, callFrame: { url: 'chrome-extension://x/content.js' }, children: [4] },
    { id: 4, callFrame: { url: '' } },
    { id: 5, callFrame: { url: '' } },
  ],
  samples,
  timeDeltas: deltas,
});
const ours = (url: string) => url.includes('content.js');

describe('inclusiveMs', () => {
  const cases = [
    { name: 'own frames count', samples: [3, 3], deltas: [0, 1000, 1000], ms: 2 },
    { name: 'calls it makes count', samples: [4, 5], deltas: [0, 1500, 500], ms: 1.5 },
    { name: 'its callers do not', samples: [2, 1, 5], deltas: [0, 700, 700, 700], ms: 0 },
    { name: 'no samples, no time', samples: [], deltas: [], ms: 0 },
  ];
  it.each(cases)('$name', ({ samples, deltas, ms }) => {
    expect(inclusiveMs(profile(samples, deltas), ours)).toBeCloseTo(ms, 6);
  });
});
