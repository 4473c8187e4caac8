import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { tassArticle, tassPage } from '../../tests/fixtures/pages/tass';
import { defaultSettings } from '../settings/schema';
import { PageController, type ControllerDeps } from './controller';
import { extractInPage } from './engine-in-page';
import { CATEGORIES } from './types';

/** A happy-dom window with a minimal CSS Custom Highlight API (a Map registry, Set highlights). */
function browserLike(html: string) {
  const window = new Window({ url: 'https://tass.com/politics/1770000' });
  const registry = new Map<string, Set<Range>>();
  class Highlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: Highlight, configurable: true });
  window.document.write(html);
  return { window, doc: window.document as unknown as Document, registry };
}

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function controllerFor(
  html: string,
  url = 'https://tass.com/politics/1770000',
  settings = defaultSettings(),
  extract: ControllerDeps['extract'] = extractInPage,
) {
  const warmed: string[] = [];
  const page = browserLike(html);
  windows.push(page.window);
  const counts: number[] = [];
  const lifetime = new AbortController();
  const controller = new PageController(
    {
      doc: page.doc,
      url: () => url,
      reportClaims: (n) => counts.push(n),
      extract,
      warm: () => warmed.push(url),
      signal: lifetime.signal,
    },
    settings,
  );
  return { ...page, controller, counts, lifetime, warmed };
}

describe('PageController', () => {
  it('annotates a news page: blocks, timings, badge count and one highlight per found category', async () => {
    const { controller, counts, registry, warmed } = controllerFor(tassPage());
    const report = await controller.start();
    expect(report.status).toBe('annotated');
    if (report.status !== 'annotated') return;
    expect(warmed).toHaveLength(1);
    expect(report.blocks[0]).toEqual({ kind: 'headline', text: tassArticle().headline });
    expect(Object.keys(report.timings).sort()).toEqual([
      'detect',
      'engine',
      'engineRun',
      'extract',
      'highlight',
      'total',
    ]);
    const { detect, extract, engine, highlight, total } = report.timings;
    expect(total).toBeGreaterThanOrEqual(detect + extract + engine + highlight);
    expect(counts).toEqual([report.result.attributions.length]);
    const layerCounts = controller.layer.counts();
    for (const c of CATEGORIES) {
      expect(registry.has(`sourcelight-${c}`)).toBe(layerCounts[c] > 0);
    }
  });

  it('stops at detection on a page that is not news', async () => {
    const { controller, registry, warmed } = controllerFor(
      '<html><head><title>Shop</title></head><body><p>Buy things.</p></body></html>',
      'https://shop.example.com/',
    );
    const report = await controller.start();
    expect(report.status).toBe('not-news');
    expect(registry.size).toBe(0);
    // The background's engine is never woken for a page that is not news.
    expect(warmed).toEqual([]);
    // What a non-news page paid: detection alone, reported for the benchmark.
    expect(report.status === 'not-news' && Object.keys(report.timings ?? {})).toEqual(['detect']);
  });

  it('annotates anyway when forced', async () => {
    const { controller } = controllerFor(
      '<html><head><title>Notes</title></head><body><h1>My notes on the talks</h1><p>The minister said the talks were useful and would continue next week.</p></body></html>',
      'https://example.com/',
    );
    expect((await controller.start()).status).toBe('not-news');
    const forced = await controller.start(true);
    expect(forced.status).toBe('annotated');
    if (forced.status === 'annotated') expect(forced.forced).toBe(true);
  });

  it('does nothing on a disabled site, and starts when re-enabled', async () => {
    const settings = { ...defaultSettings(), disabledSites: ['tass.com'] };
    const { controller } = controllerFor(tassPage(), 'https://tass.com/politics/1', settings);
    expect((await controller.start()).status).toBe('disabled-site');
    await controller.applySettings(defaultSettings());
    expect((await controller.report()).status).toBe('annotated');
  });

  it('toggles categories live without re-running', async () => {
    const { controller, registry } = controllerFor(tassPage());
    await controller.start();
    const before = await controller.report();
    const off = Object.fromEntries(CATEGORIES.map((c) => [c, false])) as Record<
      (typeof CATEGORIES)[number],
      boolean
    >;
    controller.setCategories(off);
    expect([...registry.keys()].filter((k) => k !== 'sourcelight-focus')).toEqual([]);
    controller.setCategories(defaultSettings().categories);
    expect(await controller.report()).toBe(before);
  });

  it('removes its highlights on teardown', async () => {
    const { controller, registry, lifetime } = controllerFor(tassPage());
    await controller.start();
    lifetime.abort();
    expect(registry.size).toBe(0);
  });

  it('re-annotates when the article text changes', async () => {
    const { controller, doc } = controllerFor(tassPage());
    await controller.start();
    const p = doc.createElement('p');
    p.textContent =
      'Later, the Kremlin said the talks had been useful, according to the spokesman.';
    doc.querySelector('.text-content')?.append(p);
    await controller.recheck();
    const report = await controller.report();
    expect(
      report.status === 'annotated' && report.blocks.some((b) => b.text === p.textContent),
    ).toBe(true);
  });

  describe('a page that rebuilds its nodes while the engine works (app re-renders)', () => {
    /** The engine, but the page replaces every paragraph (same text, or edited) on the first call. */
    function rebuildingOnce(edit: (text: string) => string) {
      const texts: string[][] = [];
      let doc: Document | null = null;
      const extract: ControllerDeps['extract'] = async (blocks, signal) => {
        texts.push(blocks.map((b) => b.text));
        if (texts.length === 1 && doc) {
          for (const p of Array.from(doc.querySelectorAll('.text-content p'))) {
            const copy = doc.createElement('p');
            copy.textContent = edit(p.textContent ?? '');
            p.replaceWith(copy);
          }
        }
        return extractInPage(blocks, signal);
      };
      const page = controllerFor(tassPage(), undefined, undefined, extract);
      doc = page.doc;
      return { ...page, texts };
    }

    /** The layer's ranges, and whether every one sits on nodes in the document. */
    function placed(registry: Map<string, Set<Range>>) {
      const ranges = [...registry.values()].flatMap((h) => [...h]);
      return { count: ranges.length, connected: ranges.every((r) => r.startContainer.isConnected) };
    }

    /** What a page left alone gets. */
    async function undisturbed() {
      const { controller, registry } = controllerFor(tassPage());
      await controller.start();
      return placed(registry);
    }

    it('keeps the records when the text is the same, and places them on the new nodes', async () => {
      const { controller, registry, texts } = rebuildingOnce((t) => t);
      const report = await controller.start();
      expect(report.status).toBe('annotated');
      expect(texts).toHaveLength(1);
      expect(placed(registry)).toEqual(await undisturbed());
    });

    it('asks the engine again when the rebuilt text differs', async () => {
      const { controller, registry, texts } = rebuildingOnce((t) => t.replace(/Macron/g, 'Mr X'));
      const report = await controller.start();
      expect(texts).toHaveLength(2);
      expect(texts[1]!.some((t) => t.includes('Mr X'))).toBe(true);
      expect(
        report.status === 'annotated' && report.blocks.some((b) => b.text.includes('Mr X')),
      ).toBe(true);
      expect(placed(registry).connected).toBe(true);
      expect(placed(registry).count).toBeGreaterThan((await undisturbed()).count / 2);
    });
  });
});
