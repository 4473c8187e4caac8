import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { defaultSettings } from '../../settings/schema';
import { CATEGORIES, type Category } from '../types';
import { HighlightLayer, supportsHighlights } from './layer';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function setup(withApi = true) {
  const window = new Window();
  windows.push(window);
  const registry = new Map<string, Set<Range>>();
  if (withApi) {
    class Highlight extends Set<Range> {
      priority = 0;
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    }
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(window, 'Highlight', { value: Highlight, configurable: true });
  }
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = '<p>The minister said the talks were useful.</p>';
  const range = () => {
    const r = doc.createRange();
    r.selectNodeContents(doc.querySelector('p') as Element);
    return r;
  };
  const ranges = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Range[]])) as Record<
    Category,
    Range[]
  >;
  ranges.cue = [range()];
  ranges.direct = [range(), range()];
  return { doc, registry, ranges, range };
}

describe('HighlightLayer', () => {
  it('registers only non-empty categories, with sizes', () => {
    const { doc, registry, ranges } = setup();
    const layer = new HighlightLayer(doc, defaultSettings().categories);
    layer.setRanges(ranges);
    expect([...registry.keys()].sort()).toEqual(['sourcelight-cue', 'sourcelight-direct']);
    expect(layer.counts().direct).toBe(2);
  });

  it('toggles one category and all of them without rebuilding', () => {
    const { doc, registry, ranges } = setup();
    const layer = new HighlightLayer(doc, defaultSettings().categories);
    layer.setRanges(ranges);
    const direct = registry.get('sourcelight-direct');
    layer.setToggles({ ...defaultSettings().categories, cue: false });
    expect(registry.has('sourcelight-cue')).toBe(false);
    expect(registry.get('sourcelight-direct')).toBe(direct);
    expect(layer.toggleAll()).toBe(false);
    expect(registry.size).toBe(0);
    expect(layer.toggleAll()).toBe(true);
    expect([...registry.keys()]).toEqual(['sourcelight-direct']);
  });

  it('flashes a range briefly, and dispose removes everything', async () => {
    const { doc, registry, ranges, range } = setup();
    const layer = new HighlightLayer(doc, defaultSettings().categories);
    layer.setRanges(ranges);
    layer.flash(range(), 20);
    expect(registry.has('sourcelight-focus')).toBe(true);
    await new Promise((r) => setTimeout(r, 40));
    expect(registry.has('sourcelight-focus')).toBe(false);
    layer.dispose();
    expect(registry.size).toBe(0);
  });

  it('installs its styles once, ahead of the ranges when prepared, and nothing before', () => {
    const { doc, registry, ranges } = setup();
    const sheets = () =>
      (doc as Document & { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets.length +
      doc.querySelectorAll('style[data-sourcelight]').length;
    const layer = new HighlightLayer(doc, defaultSettings().categories);
    expect(sheets()).toBe(0);
    layer.prepare();
    expect(sheets()).toBe(1);
    expect(registry.size).toBe(0);
    layer.setRanges(ranges);
    layer.prepare();
    expect(sheets()).toBe(1);
    layer.dispose();
    expect(sheets()).toBe(0);
  });

  it('does nothing where the browser lacks the API', () => {
    const { doc, ranges } = setup(false);
    expect(supportsHighlights(doc)).toBe(false);
    const layer = new HighlightLayer(doc, defaultSettings().categories);
    expect(() => layer.setRanges(ranges)).not.toThrow();
    expect(layer.counts().direct).toBe(0);
  });
});
