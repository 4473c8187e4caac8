/**
 * Ten real saved news pages from ../shared/corpus in real browsers: the content script runs each
 * to a final state (annotated, or judged not news) and logs no console error of its own. Saved pages
 * log errors of their own (their scripts and remote assets are blocked by the test server's CSP),
 * so the same pages are opened in the same browser without the extension and only the difference
 * counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../browsers';
import { startServer, type TestServer } from '../server';
import { launchBare, sleep } from './hardening';
import { sendFrom } from '../protocol';

/** The content script's report for a tab, reduced to what this spec checks; null if none answers. */
function reportOf(
  probe: TestPage,
  tabId: number,
): Promise<{ status: string; claims: number } | null> {
  return sendFrom(probe, tabId, 'getReport', null).then(
    (report) => ({
      status: report.status,
      claims: report.status === 'annotated' ? report.result.attributions.length : 0,
    }),
    () => null,
  );
}

const PAGES = [
  'bbc-1',
  'guardian-1',
  'nytimes-1',
  'nytimes-3',
  'wapo-1',
  'wapo-2',
  'seattletimes-1',
  'telegraph',
  'cnet',
  'buzzfeed-1',
];

/**
 * Time each page stays open after settling; twice that without the extension, so the baseline sees
 * at least every late error the page itself logs.
 */
const DWELL_MS = 750;

/**
 * The page's own failed loads (its assets and web manifest 404 on the test server, at moments that
 * vary from run to run): not the extension's, which makes no request at all (privacy.e2e.ts).
 */
const PAGE_LOAD_ERROR = /^(?:Failed to load resource|Manifest fetch from )/;

/** Errors in `withExt` that the same pages did not log without the extension. */
function extraErrors(withExt: string[], without: string[]): string[] {
  const remaining = [...without];
  return withExt.filter((error) => {
    if (PAGE_LOAD_ERROR.test(error)) return false;
    const i = remaining.indexOf(error);
    if (i < 0) return true;
    remaining.splice(i, 1);
    return false;
  });
}

describe.each(BROWSERS)('ten real pages in %s', (name) => {
  let server: TestServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startServer();
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('each page reaches a final state with no console error from the extension', async () => {
    const url = (page: string) => `${server.origin}/corpus/readability/${page}/source.html`;
    const probe = await session.open(`${session.extensionOrigin}/popup.html?probe=1`);
    const states: Record<string, string> = {};
    let annotated = 0;
    for (const page of PAGES) {
      const tab: TestPage = await session.open(url(page));
      const tabId = await session.tabIdOf(tab);
      let report = await reportOf(probe, tabId);
      for (let i = 0; i < 60 && (report === null || report.status === 'working'); i += 1) {
        await sleep(250);
        report = await reportOf(probe, tabId);
      }
      states[page] = report?.status ?? 'no answer';
      if (report?.status === 'annotated' && report.claims > 0) annotated += 1;
      await sleep(DWELL_MS);
      await tab.close();
    }
    const ownErrors = session.consoleErrors.filter((e) => !e.includes('favicon'));

    const bare = await launchBare(name);
    try {
      for (const page of PAGES) {
        const tab = await bare.open(url(page));
        await sleep(2 * DWELL_MS);
        await tab.close();
      }
    } finally {
      await bare.close();
    }
    expect(Object.values(states).filter((s) => s !== 'annotated' && s !== 'not-news')).toEqual([]);
    expect(annotated).toBeGreaterThanOrEqual(8);
    expect(
      extraErrors(
        ownErrors,
        bare.consoleErrors.filter((e) => !e.includes('favicon')),
      ),
    ).toEqual([]);
  });
});
