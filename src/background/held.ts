/**
 * Records waiting for their page. The highlights need only the plan, so `extract` answers with the
 * plan and a ticket, and the page collects the records (`records`) once its highlights are drawn:
 * runtime messaging moves a string at roughly 0.1 ms per KB in Chromium (measured: 3 MB took
 * 230–440 ms), and at 100,000 words the packed records are 2.8 MB — most of the round trip. Held in
 * memory only, for one page at a time per sender, and forgotten when collected, replaced or after
 * a minute: the background still keeps no page content beyond that short wait.
 */
import type { ExtractionResult, TextBlock } from '../engine/types';

/** How long uncollected records are kept (a page torn down before collecting never comes back). */
export const HOLD_MS = 60_000;
/** Most answers held at once, whatever the senders (the oldest goes first). */
export const HOLD_LIMIT = 16;

interface Held {
  owner: string;
  result: ExtractionResult;
  blocks: readonly TextBlock[];
  timer: ReturnType<typeof setTimeout>;
}

/** Timers, injectable for tests. */
export interface HoldClock {
  setTimeout: (run: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimeout: (timer: ReturnType<typeof setTimeout>) => void;
}

const REAL_CLOCK: HoldClock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer),
};

/** Answers' records by ticket, each collectable once, by the sender it was made for. */
export class HeldRecords {
  private next = 1;
  private readonly held = new Map<number, Held>();

  constructor(private readonly clock: HoldClock = REAL_CLOCK) {}

  /** Hold `result` for `owner` (a tab and frame); its ticket. Drops the owner's earlier answer. */
  hold(owner: string, result: ExtractionResult, blocks: readonly TextBlock[]): number {
    for (const [ticket, h] of this.held) if (h.owner === owner) this.drop(ticket);
    while (this.held.size >= HOLD_LIMIT) this.drop(this.held.keys().next().value as number);
    const ticket = this.next++;
    const timer = this.clock.setTimeout(() => this.drop(ticket), HOLD_MS);
    this.held.set(ticket, { owner, result, blocks, timer });
    return ticket;
  }

  /** The records for `ticket`, once, if `owner` is who they were held for; else undefined. */
  take(
    owner: string,
    ticket: unknown,
  ): { result: ExtractionResult; blocks: readonly TextBlock[] } | undefined {
    if (typeof ticket !== 'number') return undefined;
    const h = this.held.get(ticket);
    if (!h || h.owner !== owner) return undefined;
    this.drop(ticket);
    return { result: h.result, blocks: h.blocks };
  }

  /** How many answers are held (for tests). */
  get size(): number {
    return this.held.size;
  }

  private drop(ticket: number): void {
    const h = this.held.get(ticket);
    if (!h) return;
    this.clock.clearTimeout(h.timer);
    this.held.delete(ticket);
  }
}
