/**
 * The engine's time grows linearly with its input, on prose and on the shapes that make a careless
 * engine quadratic (runs of quotation marks, unclosed quotes, a cue on every word, many quoted
 * claims in one block). Each shape runs at 100,000 characters once and at 1,000 characters 100
 * times: with linear cost both take about the same time (measured ratio 0.7–2), with quadratic cost
 * the large run is ~100× slower (measured 14–150× on these shapes while they were quadratic). The
 * bound — 10×, plus 100 ms for a scheduler hiccup, on the median of three small batches against the
 * fastest of up to three large runs — leaves an order of magnitude of headroom on a shared 2-core
 * machine and still fails any quadratic stage. Figures are not benchmarks: scripts/bench.ts is.
 */
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../../src/engine/index';
import { generateParagraphs } from '../../../scripts/bench/generate';
import { QUOTE_MARKS, SCRIPTS } from './hostile-text';

const LARGE = 100_000;
const SMALL = 1_000;
const MAX_RATIO = 10;
const SLACK_MS = 100;

/** Repeat `unit` to exactly `n` characters. */
const fill = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const SHAPES: Array<[string, (n: number) => string]> = [
  ['prose', (n) => fill(generateParagraphs(Math.ceil(LARGE / 5)).join(' '))(n)],
  ['straight quotes in a row', fill('"')],
  ['every kind of quotation mark', fill(QUOTE_MARKS.join(''))],
  ['apostrophes between letters', fill("a'")],
  ['unclosed quotes with cues', fill('"He said that ')],
  ['a cue on every word', fill('He said "x ')],
  ['closed quote, cue, repeated', fill('"Fine," Smith said. ')],
  ['quoted clause, cue, repeated', fill('"It is fine," Smith said. ')],
  ['reported speech, repeated', fill('Smith said it is fine. ')],
  ['no spaces or punctuation', fill('a')],
  ['right-to-left with guillemets', fill(`${SCRIPTS[0]} «${SCRIPTS[1]}». `)],
  ['emoji and zero-width joiners', fill('\u{1F468}\u200d\u{1F469} said \u200b"hi". ')],
];

function elapsed(text: string, times: number): number {
  const blocks = [{ kind: 'paragraph' as const, text }];
  const start = performance.now();
  for (let i = 0; i < times; i += 1) extractAttributions(blocks);
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe('engine time grows linearly', () => {
  it.each(SHAPES)('%s', (_name, make) => {
    const large = make(LARGE);
    const small = make(SMALL);
    elapsed(small, 20); // warm the JIT before measuring either side
    const smallMs = median([0, 1, 2].map(() => elapsed(small, LARGE / SMALL)));
    // Noise only ever adds time: the fastest of up to three large runs, stopping at the first
    // one inside the bound, is the robust figure (and keeps a passing run short).
    const bound = MAX_RATIO * smallMs + SLACK_MS;
    let largeMs = Infinity;
    for (let run = 0; run < 3 && largeMs >= bound; run += 1) {
      largeMs = Math.min(largeMs, elapsed(large, 1));
    }
    expect(
      largeMs,
      `100× input took ${largeMs.toFixed(0)} ms vs ${smallMs.toFixed(0)} ms for 100 small runs`,
    ).toBeLessThan(bound);
  });
});
