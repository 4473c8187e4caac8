/**
 * The page's highlights: one `Highlight` per category registered in `CSS.highlights` under a
 * `sourcelight-` name. Ranges are set once per annotation; toggling a category only adds or
 * removes its registry entry, so nothing is recomputed and the page's DOM is never touched.
 */
import { CATEGORIES, type Category, type CategoryToggles } from '../types';
import {
  CATEGORY_PRIORITY,
  FOCUS_HIGHLIGHT,
  highlightName,
  installHighlightStyles,
} from './styles';

interface HighlightLike {
  priority: number;
  size: number;
  add(range: Range): unknown;
}
interface Registry {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;

/** The registry and constructor, where the browser has the CSS Custom Highlight API. */
function highlightApi(doc: Document): { registry: Registry; Highlight: HighlightCtor } | null {
  const view = doc.defaultView as
    (Window & { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor }) | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/** True where the browser can show our highlights. */
export function supportsHighlights(doc: Document): boolean {
  return highlightApi(doc) !== null;
}

/** Owns our entries in `CSS.highlights` for one document. */
export class HighlightLayer {
  private readonly api: ReturnType<typeof highlightApi>;
  private highlights = new Map<Category, HighlightLike>();
  private toggles: CategoryToggles;
  private visible = true;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private removeStyles: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    toggles: CategoryToggles,
  ) {
    this.api = highlightApi(doc);
    this.toggles = { ...toggles };
  }

  /**
   * Install the styles ahead of the ranges: the controller calls it while the engine works, so
   * the style sheet is parsed and adopted before the records arrive. Only pages being annotated
   * get it: pages judged not news get nothing at all.
   */
  prepare(): void {
    if (!this.api) return;
    this.removeStyles ??= installHighlightStyles(this.doc);
  }

  /** Replace every category's ranges (a fresh annotation). */
  setRanges(ranges: Record<Category, Range[]>): void {
    if (!this.api) return;
    this.prepare();
    this.highlights.clear();
    for (const category of CATEGORIES) {
      // Added one by one: spreading a huge page's ranges as arguments could overflow the stack.
      const highlight = new this.api.Highlight();
      for (const range of ranges[category]) highlight.add(range);
      highlight.priority = CATEGORY_PRIORITY[category];
      this.highlights.set(category, highlight);
    }
    this.sync();
  }

  /** Show exactly the categories switched on. */
  setToggles(toggles: CategoryToggles): void {
    this.toggles = { ...toggles };
    this.sync();
  }

  /** Show or hide everything at once (keyboard command); returns the new state. */
  toggleAll(): boolean {
    this.visible = !this.visible;
    this.sync();
    return this.visible;
  }

  /** How many ranges each category holds (registered or not). */
  counts(): Record<Category, number> {
    const out = {} as Record<Category, number>;
    for (const c of CATEGORIES) out[c] = this.highlights.get(c)?.size ?? 0;
    return out;
  }

  /** Briefly mark one range (navigation), replacing any previous flash. */
  flash(range: Range, ms = 1200): void {
    if (!this.api) return;
    const highlight = new this.api.Highlight(range);
    highlight.priority = 10;
    this.api.registry.set(FOCUS_HIGHLIGHT, highlight);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.api?.registry.delete(FOCUS_HIGHLIGHT), ms);
  }

  /** Remove every entry we registered. */
  clear(): void {
    clearTimeout(this.flashTimer);
    if (!this.api) return;
    for (const c of CATEGORIES) this.api.registry.delete(highlightName(c));
    this.api.registry.delete(FOCUS_HIGHLIGHT);
    this.highlights.clear();
  }

  /** Remove our entries and our styles (content script teardown). */
  dispose(): void {
    this.clear();
    this.removeStyles?.();
    this.removeStyles = null;
  }

  private sync(): void {
    if (!this.api) return;
    for (const category of CATEGORIES) {
      const highlight = this.highlights.get(category);
      const name = highlightName(category);
      if (highlight && this.visible && this.toggles[category] && highlight.size > 0) {
        this.api.registry.set(name, highlight);
      } else this.api.registry.delete(name);
    }
  }
}
