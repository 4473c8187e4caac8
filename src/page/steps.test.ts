import { describe, expect, it } from 'vitest';
import { runSteps, runStepsSliced, type Steps } from './steps';

/** Counts to `n`, pausing after each number, and records how far it got. */
function* counting(n: number, seen: number[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    seen.push(i);
    yield;
  }
  return n * 10;
}

/** A clock that advances only when told, so slicing is tested without real time. */
function withFakeClock<T>(fn: (tick: (ms: number) => void) => Promise<T>): Promise<T> {
  const real = performance.now.bind(performance);
  let now = 0;
  performance.now = () => now;
  return fn((ms) => (now += ms)).finally(() => (performance.now = real));
}

describe('runSteps', () => {
  it.each([0, 1, 5])('drains %i steps and returns the result', (n) => {
    const seen: number[] = [];
    expect(runSteps(counting(n, seen))).toBe(n * 10);
    expect(seen).toHaveLength(n);
  });
});

describe('runStepsSliced', () => {
  const cases = [
    { name: 'no pause when every step is instant', stepMs: 0, steps: 6, pauses: 0 },
    { name: 'a pause once a slice is used up', stepMs: 3, steps: 6, pauses: 2 },
    { name: 'a pause after every slow step', stepMs: 20, steps: 4, pauses: 4 },
  ];
  it.each(cases)('$name', ({ stepMs, steps, pauses }) =>
    withFakeClock(async (tick) => {
      let paused = 0;
      function* timed(): Steps<string> {
        for (let i = 0; i < steps; i++) {
          tick(stepMs);
          yield;
        }
        return 'done';
      }
      const pause = async () => void paused++;
      const result = await runStepsSliced(timed(), pause, new AbortController().signal, 8);
      expect(result).toBe('done');
      expect(paused).toBe(pauses);
    }),
  );

  it('stops at the first pause after an abort', async () => {
    const seen: number[] = [];
    const run = new AbortController();
    const result = await runStepsSliced(
      counting(10, seen),
      async () => run.abort(),
      run.signal,
      -1,
    );
    expect(result).toBeNull();
    expect(seen).toEqual([1]);
  });
});
