/**
 * Where the work happens, in both browsers: a news page's content script wakes the background's
 * engine, then sends its article, and the engine answers (the content script carries no engine,
 * and the answer's texts are rebuilt from the blocks sent); a non-news page sends
 * the background nothing at all, so merely browsing never even wakes it. An extension page listens
 * on the runtime channel, where every content-script message to the background also arrives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNewsPage } from '../../../scripts/bench/generate';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../browsers';
import { settledReport } from '../protocol';
import { startServer, type TestServer } from '../server';

interface Seen {
  type: string;
  payloadKeys: string[];
  blockKeys: string[];
}

/** Runs in an extension page: record every message sent to the extension from now on. */
function listen(): void {
  type Api = { runtime: { onMessage: { addListener(fn: (message: unknown) => void): void } } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api; __seen?: Seen[] };
  scope.__seen = [];
  (scope.browser ?? scope.chrome)!.runtime.onMessage.addListener((message) => {
    const m = message as { type?: string; payload?: { blocks?: object[] } | null };
    scope.__seen!.push({
      type: String(m?.type),
      payloadKeys: Object.keys(m?.payload ?? {}),
      blockKeys: [...new Set((m?.payload?.blocks ?? []).flatMap((b) => Object.keys(b)))].sort(),
    });
  });
}

/** Runs in the extension page: what it has seen, and forget it. */
function drain(): Seen[] {
  const scope = globalThis as unknown as { __seen: Seen[] };
  return scope.__seen.splice(0);
}

describe.each(BROWSERS)('the background engine in %s', (name) => {
  let server: TestServer;
  let session: ExtensionSession;
  let control: TestPage;

  beforeAll(async () => {
    server = await startServer();
    server.route('/news/generated.html', () => generateNewsPage(600));
    session = await launch(name);
    control = await session.open(`${session.extensionOrigin}/popup.html?probe=1`);
    await control.evaluate(listen);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is never contacted from a non-news page', async () => {
    const page = await session.open(`${server.origin}/corpus/readability/wikipedia/source.html`);
    const report = await settledReport(control, await session.tabIdOf(page));
    expect(report.status).toBe('not-news');
    await new Promise((r) => setTimeout(r, 500));
    expect(await control.evaluate(drain)).toEqual([]);
    await page.close();
  });

  it('gets a news article as blocks of kind and text, and its records reach the page', async () => {
    const page = await session.open(`${server.origin}/news/generated.html`);
    const report = await settledReport(control, await session.tabIdOf(page));
    expect(report.status).toBe('annotated');
    if (report.status !== 'annotated') return;
    expect(report.result.attributions.length).toBeGreaterThan(10);
    const seen = await control.evaluate(drain);
    expect(seen.filter((m) => m.type === 'extract')).toEqual([
      { type: 'extract', payloadKeys: ['blocks'], blockKeys: ['kind', 'text'] },
    ]);
    expect(seen.filter((m) => m.type === 'reportClaims')).toHaveLength(1);
    // Detection judged it news: the engine was told to get ready while the page extracted.
    expect(seen.filter((m) => m.type === 'warm')).toHaveLength(1);
    expect(seen.findIndex((m) => m.type === 'warm')).toBeLessThan(
      seen.findIndex((m) => m.type === 'extract'),
    );
    await page.close();
  });
});
