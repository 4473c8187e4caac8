import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateParagraphs } from '../../../scripts/bench/generate';
import { loadGold } from '../../../scripts/eval/load';
import { extractAttributions } from '../index';
import { extractAttributionsInSlices } from './incremental';
import type { ExtractionResult, TextBlock } from '../types';

/** Drive a sliced run to the end, counting the pauses it offers. */
function sliced(blocks: readonly TextBlock[], sliceBudget: number) {
  const run = extractAttributionsInSlices(blocks, { sliceBudget });
  let pauses = 0;
  for (;;) {
    const step = run.next();
    if (step.done === true) return { result: step.value, pauses };
    pauses += 1;
  }
}

const dev = loadGold(resolve(import.meta.dirname, '../../../../shared/corpus/dev'));
const generated = [2_000, 12_000].map((words): [string, TextBlock[]] => [
  `generated ${words} words`,
  generateParagraphs(words).map((text, i) => ({ kind: i === 0 ? 'headline' : 'paragraph', text })),
]);
const articles: Array<[string, TextBlock[]]> = [
  ...dev.map((d): [string, TextBlock[]] => [d.id, d.article.blocks]),
  ...generated,
];

describe('extractAttributionsInSlices', () => {
  it('has the dev corpus to compare on', () => {
    expect(dev.length).toBeGreaterThanOrEqual(10);
  });

  it.each(articles)('%s: same result in slices of any size', (_id, blocks) => {
    const whole: ExtractionResult = extractAttributions(blocks);
    for (const budget of [1, 300, 8_000]) {
      const { result } = sliced(blocks, budget);
      expect(result).toEqual(whole);
    }
  });

  it.each(articles)('%s: pauses at least once per block and stage at budget 1', (_id, blocks) => {
    const { pauses } = sliced(blocks, 1);
    // Models, four name passes, speaker resolution and hedges each pause after every block.
    expect(pauses).toBeGreaterThanOrEqual(blocks.length * 6);
  });

  it.each([
    [2_000, 4],
    [12_000, 20],
  ])('a %i-word article in 8,000-character slices pauses at least %i times', (words, least) => {
    const blocks = generateParagraphs(words).map((text) => ({ kind: 'paragraph' as const, text }));
    expect(sliced(blocks, 8_000).pauses).toBeGreaterThanOrEqual(least);
  });

  it('never pauses with an unlimited budget', () => {
    const blocks = generated[0]?.[1] ?? [];
    expect(sliced(blocks, Number.POSITIVE_INFINITY).pauses).toBe(0);
  });
});
