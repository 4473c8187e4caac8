/**
 * The foundation holds in both browsers: the extension loads, its content script runs on a news page,
 * and the popup opens and exchanges a protocol message with that page's content script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionSession } from '../browsers';
import { startServer, type TestServer } from '../server';
import { sendFrom } from '../protocol';

describe.each(BROWSERS)('foundation in %s', (name) => {
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

  it('opens the popup and exchanges a message with the content script', async () => {
    const article = await session.open(`${server.origin}/corpus/readability/bbc-1/source.html`);
    const tabId = await session.tabIdOf(article);
    const popup = await session.openPopup(article);
    await popup.waitFor(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
    // The content script may still be starting: retry the ping briefly.
    let reply: unknown = null;
    for (let attempt = 0; attempt < 50 && reply === null; attempt++) {
      reply = await sendFrom(popup, tabId, 'ping', null).catch(() => null);
      if (reply === null) await new Promise((r) => setTimeout(r, 100));
    }
    expect(reply).toEqual({ ready: true });
  });

  it('does not answer for a tab it was never injected into', async () => {
    const blank = await session.open('about:blank');
    const popup = await session.open(`${session.extensionOrigin}/popup.html?probe=1`);
    const tabId = await session.tabIdOf(blank).catch(() => -1);
    const reply = await sendFrom(popup, tabId, 'ping', null).catch(() => 'no receiver');
    expect(reply).toBe('no receiver');
  });
});
