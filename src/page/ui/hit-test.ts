/**
 * Which claim is under the pointer: the browser's caret position at the point (Firefox's
 * `caretPositionFromPoint`, Chromium's `caretRangeFromPoint`) is compared with our claim ranges.
 * No layout of our own and no DOM changes: only the page's existing text nodes are consulted.
 */
import type { PlacedClaim } from '../annotate';

/** The text position under a viewport point, if the browser can say. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const pos = withPosition.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof withPosition.caretRangeFromPoint === 'function') {
    const range = withPosition.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** True when the point lies inside one of the range's boxes (the caret snaps to the nearest text). */
function pointInRange(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The claim under the pointer, or null. */
export function claimAt(
  doc: Document,
  claims: readonly PlacedClaim[],
  x: number,
  y: number,
): PlacedClaim | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const claim of claims) {
    const { range } = claim;
    if (!range.intersectsNode(caret.node)) continue;
    if (range.isPointInRange(caret.node, caret.offset) && pointInRange(range, x, y)) return claim;
  }
  return null;
}
