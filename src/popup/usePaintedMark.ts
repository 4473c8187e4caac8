/**
 * Marks, once, the moment the summary is on screen (`sourcelight:summary-painted` in the popup's
 * performance timeline), so the benchmark measures the popup from navigation start to a painted
 * summary rather than to a render that has not reached the screen yet.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

export const SUMMARY_PAINTED = 'sourcelight:summary-painted';

export function usePaintedMark(ready: boolean): void {
  const marked = useRef(false);
  // A layout effect runs as soon as the summary is in the DOM, before the frame that shows it
  // (a plain effect would run only after that frame, and the mark would land a frame late).
  useLayoutEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    // After the next frame has been produced: rAF runs before paint, the task after it follows it.
    requestAnimationFrame(() => setTimeout(() => performance.mark(SUMMARY_PAINTED), 0));
  }, [ready]);
}
