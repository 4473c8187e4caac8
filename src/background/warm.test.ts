import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../engine/index';
import { EngineWarmer, WARM_ARTICLE, WARM_RUNS } from './warm';

/** A warmer whose runs are counted and whose later tasks wait in a queue the test drains. */
function counted() {
  let runs = 0;
  const queue: Array<() => void> = [];
  const warmer = new EngineWarmer({ run: () => void runs++, later: (next) => queue.push(next) });
  const drain = () => {
    while (queue.length > 0) queue.shift()!();
  };
  return { warmer, runs: () => runs, queue, drain };
}

describe('EngineWarmer', () => {
  it('runs once at once, the rest one per later task', () => {
    const { warmer, runs, queue, drain } = counted();
    expect(warmer.warmed).toBe(false);
    warmer.warm();
    expect(runs()).toBe(1);
    expect(queue).toHaveLength(1);
    drain();
    expect(runs()).toBe(WARM_RUNS);
    expect(warmer.warmed).toBe(true);
  });

  it('warms once per background lifetime', () => {
    const { warmer, runs, drain } = counted();
    warmer.warm();
    warmer.warm();
    drain();
    warmer.warm();
    drain();
    expect(runs()).toBe(WARM_RUNS);
  });

  it('uses an article the engine finds claims in', () => {
    const result = extractAttributions(WARM_ARTICLE);
    expect(result.attributions.length).toBeGreaterThanOrEqual(4);
    expect(result.hedges.length).toBeGreaterThan(0);
  });
});
