/**
 * Pointer and keyboard wiring for the hover card: pointer moves are hit-tested once per frame
 * against the claim ranges; leaving a claim, scrolling or Escape dismisses the card. Every
 * listener is bound to `signal`, so the content script's teardown removes them.
 */
import type { ExtractionResult } from '../../engine/types';
import type { PlacedClaim } from '../annotate';
import { HoverCard, describeClaim } from './card';
import { claimAt } from './hit-test';

/**
 * What the hover needs from the current annotation (null while there is none): the placed claims,
 * and the records, decoded only when a card is first shown.
 */
export type HoverSource = () => {
  claims: readonly PlacedClaim[];
  records: () => Promise<ExtractionResult>;
} | null;

/** Grace period before a card disappears when the pointer leaves its claim. */
const LEAVE_DELAY_MS = 250;

function rectNear(range: Range, x: number, y: number): DOMRect {
  const rects = Array.from(range.getClientRects());
  return (
    rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ??
    rects[0] ??
    range.getBoundingClientRect()
  );
}

/** Attach the hover card to the document until `signal` aborts. */
export function attachHover(doc: Document, source: HoverSource, signal: AbortSignal): HoverCard {
  const card = new HoverCard(doc);
  const view = doc.defaultView;
  let frame = 0;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  let last = { x: 0, y: 0 };
  /** The claim whose records are on their way (the first card can wait for them). */
  let wanted: number | null = null;

  const update = () => {
    frame = 0;
    const state = source();
    const claim = state ? claimAt(doc, state.claims, last.x, last.y) : null;
    if (!claim || !state) {
      wanted = null;
      if (card.current !== null && leaveTimer === undefined) {
        leaveTimer = setTimeout(() => {
          leaveTimer = undefined;
          card.hide();
        }, LEAVE_DELAY_MS);
      }
      return;
    }
    clearTimeout(leaveTimer);
    leaveTimer = undefined;
    if (card.current === claim.id || wanted === claim.id) return;
    wanted = claim.id;
    void state.records().then((result) => {
      // The pointer may have moved on (or the page torn down) while the records arrived.
      if (wanted !== claim.id || signal.aborted) return;
      wanted = null;
      const attribution = result.attributions.find((a) => a.id === claim.id);
      if (!attribution) return;
      const content = describeClaim(attribution, result);
      card.show(claim.id, content, rectNear(claim.range, last.x, last.y));
    });
  };

  const options = { passive: true, signal } as const;
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (card.owns(event.target)) return;
      last = { x: event.clientX, y: event.clientY };
      if (!frame && view) frame = view.requestAnimationFrame(update);
    },
    options,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') card.hide();
    },
    { signal },
  );
  view?.addEventListener('scroll', () => card.hide(), options);
  signal.addEventListener(
    'abort',
    () => {
      if (frame && view) view.cancelAnimationFrame(frame);
      clearTimeout(leaveTimer);
      card.hide();
    },
    { once: true },
  );
  return card;
}
