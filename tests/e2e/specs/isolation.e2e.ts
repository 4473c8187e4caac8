/**
 * Isolation, in both browsers: on the same pages, the content script adds nothing to the page's
 * `window`, leaves the DOM as the page made it (apart from a stylesheet holding only `::highlight`
 * rules), and when its context is invalidated — the extension reloaded, as on an update — it takes
 * its highlights and styles away with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNewsPage } from '../../../scripts/bench/generate';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../browsers';
import { startServer, type TestServer } from '../server';
import { launchBare, sleep } from './hardening';

/** The page listens to everything posted to its window, as any page's scripts can. */
const LISTENER = `window.__messages = [];
addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));`;

const PAGES = ['/news/generated.html', '/corpus/readability/bbc-1/source.html'];

interface PageFootprint {
  windowKeys: string[];
  /** The document with our `::highlight`-only stylesheet (if any) taken out. */
  html: string;
  /** Stylesheet rules that are not `::highlight(sourcelight-…)` rules, from sheets not in the page's HTML. */
  foreignRules: string[];
  highlights: string[];
}

/** Runs in the page: everything the extension could have changed. */
function footprint(): PageFootprint {
  const isOurRule = (rule: CSSRule) =>
    rule instanceof CSSStyleRule && rule.selectorText.startsWith('::highlight(sourcelight-');
  const ours = Array.from(document.querySelectorAll('style[data-sourcelight]'));
  const adopted =
    (document as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  const sheets = [...adopted, ...ours.map((s) => (s as HTMLStyleElement).sheet!).filter(Boolean)];
  const foreignRules = sheets.flatMap((sheet) =>
    Array.from(sheet.cssRules)
      .filter((r) => !isOurRule(r))
      .map((r) => r.cssText),
  );
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('style[data-sourcelight], sourcelight-card').forEach((el) => el.remove());
  const highlights: string[] = [];
  (CSS as unknown as { highlights: Map<string, unknown> }).highlights.forEach((_v, k) =>
    highlights.push(k),
  );
  return {
    windowKeys: Object.getOwnPropertyNames(window).sort(),
    html: clone.outerHTML,
    foreignRules,
    highlights,
  };
}

/**
 * Runs in the page: how many of our highlights and stylesheets exist, and a token that changes when
 * a new Highlight object replaces ours (self-contained: it is serialized into the page).
 */
function countOurs(): { highlights: number; sheets: number; token: string } {
  const w = window as unknown as { __seen?: WeakMap<object, number>; __next?: number };
  w.__seen ??= new WeakMap();
  const registry = (CSS as unknown as { highlights: Map<string, object> }).highlights;
  const current = registry.get('sourcelight-reported') ?? registry.get('sourcelight-direct');
  if (current && !w.__seen.has(current)) w.__seen.set(current, (w.__next = (w.__next ?? 0) + 1));
  const adopted =
    (document as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  const ours = (sheet: CSSStyleSheet) =>
    Array.from(sheet.cssRules).some((r) => r.cssText.includes('::highlight(sourcelight-'));
  return {
    highlights: [...registry.keys()].filter((k) => k.startsWith('sourcelight-')).length,
    sheets:
      adopted.filter(ours).length + document.querySelectorAll('style[data-sourcelight]').length,
    token: current ? String(w.__seen.get(current)) : 'none',
  };
}

/** Poll `countOurs` in the page until `done` holds, or fail with the last state after 15 s. */
async function until(
  page: TestPage,
  done: (c: ReturnType<typeof countOurs>) => boolean,
): Promise<void> {
  let last = await page.evaluate(countOurs);
  for (const deadline = Date.now() + 15_000; !done(last); last = await page.evaluate(countOurs)) {
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(last)}`);
    await sleep(250);
  }
}

/** Globals the test drivers themselves put in pages (puppeteer's ARIA query helpers). */
const DRIVER_GLOBALS = /^__(?:ariaQuerySelector|puppeteer|playwright)/u;

async function settled(page: TestPage, expectHighlights: boolean): Promise<PageFootprint> {
  if (expectHighlights) {
    await page.waitFor(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0,
    );
  }
  await sleep(1_000);
  const result = await page.evaluate(footprint);
  return { ...result, windowKeys: result.windowKeys.filter((k) => !DRIVER_GLOBALS.test(k)) };
}

describe.each(BROWSERS)('isolation in %s', (name) => {
  let server: TestServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startServer();
    server.route('/news/generated.html', () =>
      generateNewsPage(800).replace('</head>', `<script>${LISTENER}</script></head>`),
    );
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('adds nothing to window and nothing to the DOM but ::highlight rules', async () => {
    const bare = await launchBare(name);
    try {
      for (const path of PAGES) {
        const withExt = await settled(await session.open(server.origin + path), true);
        const without = await settled(await bare.open(server.origin + path), false);
        expect(withExt.highlights.length, path).toBeGreaterThan(0);
        expect(
          withExt.highlights.every((h) => h.startsWith('sourcelight-')),
          path,
        ).toBe(true);
        expect(withExt.windowKeys, path).toEqual(without.windowKeys);
        expect(withExt.html, path).toBe(without.html);
        expect(withExt.foreignRules, path).toEqual([]);
      }
    } finally {
      await bare.close();
    }
  });

  it('posts nothing to the page (no message revealing the extension or its id)', async () => {
    const page = await session.open(`${server.origin}/news/generated.html`);
    await settled(page, true);
    expect(
      await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages),
    ).toEqual([]);
  });

  it('cleans up its highlights and styles when the extension is reloaded (context invalidated)', async () => {
    const page = await session.open(`${server.origin}/news/generated.html`);
    await settled(page, true);
    const before = await page.evaluate(countOurs);
    expect(before.highlights).toBeGreaterThan(0);
    if (page.raw.kind === 'playwright') {
      const worker = page.raw.page.context().serviceWorkers()[0]!;
      await worker
        .evaluate(() =>
          (
            globalThis as unknown as { chrome: { runtime: { reload(): void } } }
          ).chrome.runtime.reload(),
        )
        .catch(() => undefined);
    } else {
      const probe = await session.open(`${session.extensionOrigin}/popup.html?probe=1`);
      await probe
        .evaluate(() =>
          (
            globalThis as unknown as { browser: { runtime: { reload(): void } } }
          ).browser.runtime.reload(),
        )
        .catch(() => undefined);
    }
    if (name === 'chromium') {
      // Chromium does not re-inject into open tabs: the orphaned script must remove everything.
      await until(page, (c) => c.highlights === 0 && c.sheets === 0);
    } else {
      // Firefox injects the new version into open tabs and the old sandbox dies: the new instance
      // must replace the old highlights and leave exactly one stylesheet of ours.
      await until(page, (c) => c.token !== before.token && c.highlights > 0);
      expect(await page.evaluate(countOurs)).toMatchObject({ sheets: 1 });
    }
  });
});
