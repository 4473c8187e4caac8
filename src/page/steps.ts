/**
 * Cooperative work: long page-side passes (article extraction over a huge page) are written as
 * generators that `yield` at safe points. Node, tests and the CLI drain them in one go; the
 * content script drives them in slices and lets the page run in between, so no pass over a large
 * article becomes one long main-thread task.
 */

/** A computation that pauses (yields) at safe points and finally returns `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Run every step at once: the synchronous path (Node, tests, re-checks). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long one slice may run before the page gets the main thread back (well under 50 ms). */
export const SLICE_MS = 8;

/**
 * Run the steps in slices of about `sliceMs`, awaiting `pause` between slices; null when `signal`
 * aborts in a pause (a newer run or teardown superseded this one).
 */
export async function runStepsSliced<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  signal: AbortSignal,
  sliceMs = SLICE_MS,
): Promise<T | null> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      if (signal.aborted) return null;
      sliceStart = performance.now();
    }
  }
}
