import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../engine/types';
import { HOLD_LIMIT, HOLD_MS, HeldRecords, type HoldClock } from './held';

const result = (n: number): ExtractionResult => ({
  attributions: [],
  entities: [],
  hedges: [{ block: 0, start: n, end: n + 1, text: 'x', lemma: 'reportedly' }],
});
const blocks = [{ kind: 'paragraph' as const, text: 'x' }];

/** A clock whose timers run only when `fire` is called. */
function fakeClock(): HoldClock & { fire: () => void; pending: () => number } {
  const timers = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (run, ms) => {
      expect(ms).toBe(HOLD_MS);
      timers.set(next, run);
      return next++ as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimeout: (timer) => void timers.delete(timer as unknown as number),
    fire: () => {
      for (const [id, run] of [...timers]) {
        timers.delete(id);
        run();
      }
    },
    pending: () => timers.size,
  };
}

describe('HeldRecords', () => {
  it.each([
    ['its owner, once', 'tab1/0', true],
    ['another tab', 'tab2/0', false],
    ['another frame of the tab', 'tab1/3', false],
  ])('hands the records to %s', (_name, asker, given) => {
    const held = new HeldRecords(fakeClock());
    const ticket = held.hold('tab1/0', result(1), blocks);
    expect(held.take(asker, ticket)?.result).toEqual(given ? result(1) : undefined);
    // Collected records are gone; records refused to another sender are still there.
    expect(held.size).toBe(given ? 0 : 1);
    expect(held.take(asker, ticket)).toBeUndefined();
  });

  it.each([
    ['a string', '1'],
    ['an unknown number', 99],
    ['nothing', undefined],
  ])('refuses %s for a ticket', (_name, ticket) => {
    const held = new HeldRecords(fakeClock());
    held.hold('tab1/0', result(1), blocks);
    expect(held.take('tab1/0', ticket)).toBeUndefined();
  });

  it("keeps one answer per sender: a page's new run replaces its last", () => {
    const clock = fakeClock();
    const held = new HeldRecords(clock);
    const first = held.hold('tab1/0', result(1), blocks);
    const second = held.hold('tab1/0', result(2), blocks);
    held.hold('tab2/0', result(3), blocks);
    expect(held.take('tab1/0', first)).toBeUndefined();
    expect(held.take('tab1/0', second)?.result).toEqual(result(2));
    expect(clock.pending()).toBe(1);
  });

  it('forgets what nobody collects', () => {
    const clock = fakeClock();
    const held = new HeldRecords(clock);
    const ticket = held.hold('tab1/0', result(1), blocks);
    clock.fire();
    expect(held.size).toBe(0);
    expect(held.take('tab1/0', ticket)).toBeUndefined();
  });

  it('holds at most HOLD_LIMIT answers, dropping the oldest', () => {
    const held = new HeldRecords(fakeClock());
    const tickets = Array.from({ length: HOLD_LIMIT + 2 }, (_, i) =>
      held.hold(`tab${i}/0`, result(i), blocks),
    );
    expect(held.size).toBe(HOLD_LIMIT);
    expect(held.take('tab0/0', tickets[0])).toBeUndefined();
    expect(held.take('tab1/0', tickets[1])).toBeUndefined();
    expect(held.take('tab2/0', tickets[2])?.result).toEqual(result(2));
  });
});
