/**
 * The page layer in both browsers, on the TASS fixture page and three real saved news pages served
 * on 127.0.0.1: the browser extracts the same blocks as Node, and every category the engine finds
 * is registered as a `sourcelight-*` highlight with exactly one range per span; the page's
 * serialized DOM is identical to the same page left alone (loaded with the site switched off in
 * settings); category toggles apply live; a screenshot of each highlighted page is kept in
 * test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tassPage } from '../../fixtures/pages/tass';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../browsers';
import { PROJECT_ROOT, startServer, type TestServer } from '../server';
import { highlightSizesFor, nodeBlocks, savedPage } from './page-expected';
import { sendFrom } from '../protocol';

const ARTIFACTS = resolve(PROJECT_ROOT, 'test-artifacts');
const REAL_PAGES = ['bbc-1', 'nytimes-1', 'wapo-1'];

/** Runs in the page: our highlights and their sizes. */
function highlightSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('sourcelight-') && name !== 'sourcelight-focus')
      sizes[name] = highlight.size;
  });
  return sizes;
}

/** Runs in the page: the DOM as serialized, minus our one card host if it is showing. */
function serializedDom(): string {
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelector('sourcelight-card')?.remove();
  return clone.outerHTML;
}

/** Runs in the popup page: switch Sourcelight off for these hosts in stored settings. */
function disableSites(hosts: string[]): Promise<void> {
  type Api = { storage: { sync: { set(items: object): Promise<void> } } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome) as Api;
  return api.storage.sync.set({ 'sourcelight.settings': { version: 1, disabledSites: hosts } });
}

/** The TASS page restyled dark (light text on a near-black background). */
function darkTassPage(): string {
  return tassPage().replace(
    '</style>',
    'body { background: #121212; color: #e6e6e6; } .standfirst { color: #bbb; }\n  </style>',
  );
}

const ALL_ON = {
  direct: true,
  reported: true,
  cue: true,
  speaker: true,
  anonymous: true,
  loaded: true,
  hedge: true,
};

describe.each(BROWSERS)('page highlights in %s', (browserName) => {
  let server: TestServer;
  let session: ExtensionSession;
  let control: TestPage;
  // Saved pages are served from the corpus route, whose CSP keeps their own scripts from running.
  const pages: Array<{ name: string; html: string; path: string }> = [
    { name: 'tass', html: tassPage(), path: '/news/tass.html' },
    // The same article on a dark page: the palette must read on both.
    { name: 'tass-dark', html: darkTassPage(), path: '/news/tass-dark.html' },
    ...REAL_PAGES.map((name) => ({
      name,
      html: savedPage(name),
      path: `/corpus/readability/${name}/source.html`,
    })),
  ];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    server.route('/news/tass.html', () => tassPage());
    server.route('/news/tass-dark.html', () => darkTassPage());
    session = await launch(browserName);
    const first = await session.open(`${server.origin}/news/tass.html`);
    control = await session.openPopup(first);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, page) => {
    // The same page with the site switched off: the DOM as the page alone makes it.
    await control.evaluate(disableSites, ['127.0.0.1']);
    const untouched = await session.open(`${server.origin}${page.path}`);
    const before = await untouched.evaluate(serializedDom);
    expect(await untouched.evaluate(highlightSizes)).toEqual({});
    await untouched.close();
    await control.evaluate(disableSites, []);

    const tab = await session.open(`${server.origin}${page.path}`);
    await tab.waitFor(() => CSS.highlights.has('sourcelight-cue'), undefined, 30_000);
    const tabId = await session.tabIdOf(tab);
    const report = await sendFrom(control, tabId, 'getReport', null);
    if (report.status !== 'annotated') throw new Error(`not annotated: ${report.status}`);
    const stages = Object.entries(report.timings).map(([k, v]) => `${k} ${v.toFixed(1)} ms`);
    console.log(`${browserName} ${page.name}: ${stages.join(', ')}`);
    // The browser read the same article as Node does, and placed every span of every category.
    expect(report.blocks).toEqual(nodeBlocks(page.html));
    const expected = highlightSizesFor(report.result);
    expect(Object.keys(expected).length).toBeGreaterThan(2);
    expect(await tab.evaluate(highlightSizes)).toEqual(expected);
    expect(await tab.evaluate(serializedDom)).toBe(before);
    // Show the article, not the saved page's unstyled navigation: scroll to the first highlight.
    await tab.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const first = [...registry.values()].flatMap((h) => [...h])[0];
      first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    });
    await tab.screenshot(resolve(ARTIFACTS, `page-${browserName}-${page.name}.png`));

    await sendFrom(control, tabId, 'setCategories', { ...ALL_ON, direct: false, cue: false });
    const partial = await tab.evaluate(highlightSizes);
    expect(partial['sourcelight-direct']).toBeUndefined();
    expect(partial['sourcelight-cue']).toBeUndefined();
    expect(partial['sourcelight-reported']).toBe(expected['sourcelight-reported']);
    await sendFrom(control, tabId, 'setCategories', ALL_ON);
    expect(await tab.evaluate(highlightSizes)).toEqual(expected);
    await sendFrom(control, tabId, 'toggleHighlights', null);
    expect(await tab.evaluate(highlightSizes)).toEqual({});
    await sendFrom(control, tabId, 'toggleHighlights', null);
    expect(await tab.evaluate(highlightSizes)).toEqual(expected);
    await tab.close();
  });
});
