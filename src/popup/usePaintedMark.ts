/**
 * Marks, once, the moment the summary is on screen (`sourcelight:summary-painted` in the popup's
 * performance timeline), so the benchmark measures the popup from navigation start to a painted
 * summary rather than to a render that has not reached the screen yet.
 */
import { useEffect, useRef } from 'preact/hooks';

export const SUMMARY_PAINTED = 'sourcelight:summary-painted';

export function usePaintedMark(ready: boolean): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    // After the next frame has been produced: rAF runs before paint, the task after it follows it.
    requestAnimationFrame(() => setTimeout(() => performance.mark(SUMMARY_PAINTED), 0));
  }, [ready]);
}
