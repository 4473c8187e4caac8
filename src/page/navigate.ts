/**
 * Claim navigation: next / previous (keyboard commands) and jump-to-claim (the popup). The target
 * is scrolled into view and flashed with a short-lived highlight; nothing in the page changes.
 */
import type { PlacedClaim } from './annotate';
import type { HighlightLayer } from './highlight/layer';

/** Keeps the reading position among the placed claims. */
export class ClaimNavigator {
  private claims: readonly PlacedClaim[] = [];
  private index = -1;

  constructor(private readonly layer: HighlightLayer) {}

  /** New claims (a fresh annotation): the position restarts. */
  setClaims(claims: readonly PlacedClaim[]): void {
    this.claims = claims;
    this.index = -1;
  }

  /** Move to the next (+1) or previous (−1) claim, wrapping; false when there is none. */
  step(direction: 1 | -1): boolean {
    const live = this.claims.filter((c) => c.range.startContainer.isConnected);
    if (live.length === 0) return false;
    this.claims = live;
    const count = live.length;
    this.index =
      this.index < 0 && direction < 0 ? count - 1 : (this.index + direction + count) % count;
    return this.show(live[this.index] as PlacedClaim);
  }

  /** Scroll to the claim with this id; false if it is not (or no longer) in the page. */
  jumpTo(id: number): boolean {
    const at = this.claims.findIndex((c) => c.id === id);
    const claim = this.claims[at];
    if (!claim || !claim.range.startContainer.isConnected) return false;
    this.index = at;
    return this.show(claim);
  }

  private show(claim: PlacedClaim): boolean {
    const node = claim.range.startContainer;
    const target = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.layer.flash(claim.range);
    return true;
  }
}
