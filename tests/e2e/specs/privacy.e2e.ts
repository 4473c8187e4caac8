/**
 * Privacy proof: the extension makes no network request and ships no code that could.
 *
 * How the network part is sound. Every request the browser makes — from pages, content scripts,
 * the extension's service worker / background page and popup, loopback included — is routed
 * through a logging HTTP proxy on 127.0.0.1 (Chromium `--proxy-server` with `<-loopback>`, Firefox
 * proxy prefs with `allow_hijacking_localhost`); QUIC is disabled so nothing bypasses it. The proxy
 * forwards only requests for the test server and refuses everything else, so nothing can leave the
 * machine. A session (news pages annotated, a non-news page, the popup opened, toggles switched) is
 * run twice, with the extension and without it, on the same pages in the same order. Then:
 *  1. every request for the test server made with the extension must also be made without it (as
 *     multisets, the browser's own favicon fetches aside): the extension added no request to the
 *     pages' own origin;
 *  2. every other request must go to a host the same session also contacted without the extension
 *     (saved pages preconnect to their CDNs: `<link rel=preconnect>` is not governed by CSP) or to
 *     the browser's own services (named hosts below, measured here with no extension loaded), so a
 *     request by the extension to any other host fails the test; the bundle scan below proves the
 *     code holds no URL of those hosts either;
 *  3. the extension's own pages (popup; in Chromium also the service worker) list in their
 *     Resource Timing only their own packaged files;
 *  4. the instrument works: a canary request the test makes from the popup (and the service worker)
 *     does show up in the proxy log;
 *  5. what it keeps: after the session the only stored item anywhere (storage.sync/local/session,
 *     the extension origin's Web Storage and IndexedDB) is the settings record.
 * The scan parses every built bundle for remote URLs, eval, new Function, fetch, XMLHttpRequest,
 * WebSocket, sendBeacon and importScripts (scripts/scan-bundles.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNewsPage } from '../../../scripts/bench/generate';
import { scanBuild } from '../../../scripts/scan-bundles';
import {
  BROWSERS,
  BUILD_DIRS,
  launch,
  type BrowserName,
  type ExtensionSession,
  type TestPage,
} from '../browsers';
import { startServer, type TestServer } from '../server';
import {
  chromiumProxyArgs,
  firefoxProxyPrefs,
  launchBare,
  sleep,
  startLoggingProxy,
  type LoggingProxy,
} from './hardening';

/** The browsers' own background services, seen with no extension loaded (refused by the proxy). */
const BROWSER_SERVICE_HOSTS: Record<BrowserName, ReadonlySet<string>> = {
  chromium: new Set([
    'update.googleapis.com',
    'accounts.google.com',
    'clients2.google.com',
    'optimizationguide-pa.googleapis.com',
    'content-autofill.googleapis.com',
    'clientservices.googleapis.com',
    'safebrowsingohttpgateway.googleapis.com',
    'passwordsleakcheck-pa.googleapis.com',
    'redirector.gvt1.com',
    'edgedl.me.gvt1.com',
    'www.gstatic.com',
  ]),
  firefox: new Set([
    'firefox.settings.services.mozilla.com',
    'content-signature-2.cdn.mozilla.net',
    'detectportal.firefox.com',
    'push.services.mozilla.com',
    'normandy.cdn.mozilla.net',
    'incoming.telemetry.mozilla.org',
    'aus5.mozilla.org',
    'shavar.services.mozilla.com',
    'tracking-protection.cdn.mozilla.net',
    'location.services.mozilla.com',
    'merino.services.mozilla.com',
    'contile.services.mozilla.com',
    'services.addons.mozilla.org',
    'versioncheck-bg.addons.mozilla.org',
  ]),
};

const PAGES = [
  '/corpus/readability/bbc-1/source.html',
  '/generated/news.html',
  '/corpus/readability/guardian-1/source.html',
  '/corpus/readability/nytimes-1/source.html',
  '/corpus/readability/wikipedia/source.html',
];

/** A request the test itself makes from extension contexts, to prove the proxy would see one. */
const CANARY_HOST = 'canary.sourcelight.invalid';
const CANARY = `https://${CANARY_HOST}/x`;

/** The time a page gets to be detected, extracted and highlighted before the next one opens. */
const SETTLE_MS = 1_500;

function hostOf(entry: { method: string; url: string }): string {
  if (entry.method === 'CONNECT') return entry.url.split(':')[0] ?? entry.url;
  return URL.canParse(entry.url) ? new URL(entry.url).hostname : entry.url;
}

/** Runs in an extension page: every resource it has loaded. */
function loadedResources(): string[] {
  return performance.getEntriesByType('resource').map((e) => e.name);
}

interface Stored {
  sync: string[];
  local: string[];
  session: string[];
  webStorage: number;
  databases: number;
}

/** Runs in an extension page: the keys of every storage area the extension could write to. */
async function everythingStored(): Promise<Stored> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  type Api = { storage: { sync: Area; local: Area; session?: Area } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  const keys = async (area: Area | undefined) => Object.keys((await area?.get(null)) ?? {}).sort();
  const databases = (await indexedDB.databases?.()) ?? [];
  return {
    sync: await keys(api.storage.sync),
    local: await keys(api.storage.local),
    session: await keys(api.storage.session),
    webStorage: localStorage.length + sessionStorage.length,
    databases: databases.length,
  };
}

/** Switch a category off and on again from the popup (the page is annotated news). */
async function useToggles(popup: TestPage): Promise<void> {
  await popup.waitFor(() => document.querySelector('input[name=direct]') !== null);
  await popup.click('input[name=direct]');
  await sleep(300);
  await popup.click('input[name=direct]');
  await sleep(300);
}

describe.each(BROWSERS)('privacy in %s', (name) => {
  let server: TestServer;
  let proxy: LoggingProxy;

  beforeAll(async () => {
    server = await startServer();
    server.route('/generated/news.html', () => generateNewsPage(1_500));
    proxy = await startLoggingProxy(server.origin);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  // The browser's own favicon fetches come and go between runs: they are not the page's or ours.
  const serverRequests = () =>
    proxy.log
      .filter((e) => hostOf(e) === '127.0.0.1' && !e.url.endsWith('/favicon.ico'))
      .map((e) => `${e.method} ${e.url}`);
  const otherHosts = () => proxy.log.map(hostOf).filter((host) => host !== '127.0.0.1');

  it('makes no request of its own over a session of several pages and the popup', async () => {
    const proxyOptions =
      name === 'chromium'
        ? { chromiumArgs: chromiumProxyArgs(proxy.address) }
        : { firefoxPrefs: firefoxProxyPrefs(proxy.address) };
    const session: ExtensionSession = await launch(name, proxyOptions);
    const ownResources: string[] = [];
    let stored: Stored | null = null;
    let withExtension: string[] = [];
    let withExtensionHosts: string[] = [];
    try {
      const pages: TestPage[] = [];
      for (const path of PAGES) {
        pages.push(await session.open(server.origin + path));
        await sleep(SETTLE_MS);
      }
      const popup = await session.openPopup(pages[0]!);
      await useToggles(popup);
      ownResources.push(...(await popup.evaluate(loadedResources)));
      stored = await popup.evaluate(everythingStored);
      const workers =
        pages[0]!.raw.kind === 'playwright' ? pages[0]!.raw.page.context().serviceWorkers() : [];
      for (const worker of workers) ownResources.push(...(await worker.evaluate(loadedResources)));
      await sleep(SETTLE_MS);
      withExtension = serverRequests();
      withExtensionHosts = otherHosts();
      // The instrument works: a request made from the extension's own contexts reaches the proxy.
      await popup.evaluate(
        (url) =>
          fetch(url).then(
            () => 0,
            () => 0,
          ),
        CANARY,
      );
      for (const worker of workers) {
        await worker.evaluate(
          (url) =>
            fetch(url).then(
              () => 0,
              () => 0,
            ),
          CANARY,
        );
      }
      await sleep(500);
      expect(otherHosts().filter((host) => host === CANARY_HOST).length).toBe(1 + workers.length);
    } finally {
      await session.close();
    }
    proxy.log.length = 0;

    const bare = await launchBare(name, { proxy: proxy.address });
    try {
      for (const path of PAGES) {
        await bare.open(server.origin + path);
        await sleep(SETTLE_MS);
      }
    } finally {
      await bare.close();
    }
    const without = serverRequests();
    const withoutHosts = new Set(otherHosts());

    expect(withExtension.length).toBeGreaterThanOrEqual(PAGES.length);
    const remaining = [...without];
    const added = withExtension.filter((request) => {
      const i = remaining.indexOf(request);
      if (i >= 0) remaining.splice(i, 1);
      return i < 0;
    });
    expect(added).toEqual([]);
    const allowed = BROWSER_SERVICE_HOSTS[name];
    const unexplained = withExtensionHosts.filter((h) => !allowed.has(h) && !withoutHosts.has(h));
    expect(unexplained).toEqual([]);
    expect(ownResources.filter((url) => !url.startsWith(session.extensionOrigin))).toEqual([]);
    // What it keeps: the settings record in storage.sync, and nothing else anywhere.
    expect(stored).toEqual({
      sync: ['sourcelight.settings'],
      local: [],
      session: [],
      webStorage: 0,
      databases: 0,
    });
  });

  it('ships no remote URL, eval, new Function or network API in its bundles', () => {
    expect(scanBuild(BUILD_DIRS[name])).toEqual([]);
  });
});
