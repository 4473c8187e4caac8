import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../engine/types';
import { categorySpans, subtractSpans } from './spans';

describe('subtractSpans', () => {
  const cases: Array<[string, { start: number; end: number }[], Array<[number, number]>]> = [
    ['no holes', [], [[0, 20]]],
    [
      'hole in the middle',
      [{ start: 5, end: 10 }],
      [
        [0, 5],
        [10, 20],
      ],
    ],
    ['hole at the start', [{ start: 0, end: 5 }], [[5, 20]]],
    ['whole span', [{ start: 0, end: 20 }], []],
    [
      'overlapping holes',
      [
        { start: 2, end: 8 },
        { start: 6, end: 12 },
      ],
      [
        [0, 2],
        [12, 20],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, holes, expected) => {
    const out = subtractSpans(
      { block: 1, start: 0, end: 20 },
      holes.map((h) => ({ block: 1, ...h })),
    );
    expect(out.map((s) => [s.start, s.end])).toEqual(expected);
  });
});

const result: ExtractionResult = {
  entities: [
    {
      id: 0,
      name: 'Emmanuel Macron',
      type: 'person',
      aliases: [],
      mentions: [{ block: 2, start: 0, end: 6, text: 'Macron' }],
    },
    {
      id: 1,
      name: 'officials',
      type: 'anonymous',
      aliases: [],
      mentions: [{ block: 3, start: 0, end: 9, text: 'officials' }],
    },
  ],
  hedges: [{ block: 4, start: 0, end: 10, text: 'reportedly', lemma: 'reportedly' }],
  attributions: [
    {
      id: 0,
      kind: 'mixed',
      claim: 'speech',
      confidence: 1,
      hedged: false,
      via: null,
      speaker: 0,
      content: { block: 2, start: 12, end: 40, text: '' },
      quotes: [{ block: 2, start: 20, end: 30 }],
      cue: { block: 2, start: 7, end: 11, text: 'said', lemma: 'say', class: 'neutral' },
      speakerMention: { block: 2, start: 0, end: 6, text: 'Macron' },
    },
    {
      id: 1,
      kind: 'indirect',
      claim: 'speech',
      confidence: 1,
      hedged: false,
      via: null,
      speaker: 1,
      content: { block: 3, start: 15, end: 30, text: '' },
      quotes: [],
      cue: { block: 3, start: 10, end: 14, text: 'insisted', lemma: 'insist', class: 'loaded' },
      speakerMention: { block: 3, start: 0, end: 9, text: 'officials' },
    },
  ],
};

describe('categorySpans', () => {
  it('sorts records into categories without duplicates', () => {
    const spans = categorySpans(result);
    const counts = Object.fromEntries(Object.entries(spans).map(([k, v]) => [k, v.length]));
    expect(counts).toEqual({
      direct: 1,
      reported: 3,
      cue: 1,
      speaker: 1,
      anonymous: 1,
      loaded: 1,
      hedge: 1,
    });
    expect(spans.reported.map((s) => [s.block, s.start, s.end])).toEqual([
      [2, 12, 20],
      [2, 30, 40],
      [3, 15, 30],
    ]);
  });

  it('gives empty lists for an empty result', () => {
    const spans = categorySpans({ attributions: [], entities: [], hedges: [] });
    expect(Object.values(spans).every((list) => list.length === 0)).toBe(true);
  });
});
