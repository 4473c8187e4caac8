/**
 * Living pages: a debounced MutationObserver notices when the page's text changes (live blogs,
 * lazy-loaded paragraphs, SPA re-renders) and asks for a re-check. Our own card host is ignored,
 * so showing a card never triggers it; highlights do not touch the DOM at all.
 */
import { CARD_HOST_TAG } from './ui/card';

/** Quiet time before a burst of mutations counts as one change. */
export const MUTATION_DEBOUNCE_MS = 600;
/**
 * Longest a change may wait for quiet: a page that re-renders non-stop (every 100 ms, as some app
 * frameworks do) is still re-checked this often, so highlights follow it instead of waiting forever.
 */
export const MUTATION_MAX_WAIT_MS = 2000;

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest(CARD_HOST_TAG));
}

/** True when a mutation can change article text (not attribute churn, not our UI). */
export function isTextMutation(record: MutationRecord): boolean {
  if (isOurs(record.target)) return false;
  if (record.type === 'characterData') return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.some((n) => !isOurs(n) && (n.nodeType === 3 || n.nodeType === 1));
}

/** Call `onChange` (debounced) when text under <body> changes, until `signal` aborts. */
export function watchText(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const view = doc.defaultView as (Window & { MutationObserver?: typeof MutationObserver }) | null;
  if (!view?.MutationObserver || !doc.body || signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | null = null;
  const fire = () => {
    pendingSince = null;
    onChange();
  };
  const observer = new view.MutationObserver((records) => {
    if (!records.some(isTextMutation)) return;
    const now = Date.now();
    pendingSince ??= now;
    clearTimeout(timer);
    const waited = now - pendingSince;
    timer = setTimeout(
      fire,
      Math.max(0, Math.min(MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS - waited)),
    );
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
