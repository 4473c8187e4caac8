/**
 * Popup states other than a summary, in both browsers: a browser page where extensions cannot run,
 * a page detection rejected (and annotating it on request), and a site switched off and back on.
 * Each is explained rather than left loading, and the popup passes axe-core in each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tassPage } from '../../fixtures/pages/tass';
import { BROWSERS, launch, type BrowserName, type ExtensionSession } from '../browsers';
import { startServer, type TestServer } from '../server';
import { axeViolations } from './popup-page';

/** A shop page: no article, no dateline, no attributions a detector should trust. */
const SHOP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cart - Gadget Shop</title>
<meta property="og:type" content="website"></head><body>
<header><nav><a href="/">Home</a> <a href="/deals">Deals</a> <a href="/cart">Cart</a></nav></header>
<main><h1>Your cart</h1><ul><li>USB cable, 2 m <button>Remove</button></li>
<li>Phone case <button>Remove</button></li></ul><p>Total: 24.90 EUR</p>
<p>"Fast delivery," a happy customer said about our shop.</p><button>Checkout</button></main>
</body></html>`;

const stateOf = () => document.querySelector('[data-state]')?.getAttribute('data-state') ?? null;

/** A page of the browser's own, closed to every extension. */
const BROWSER_PAGE: Record<BrowserName, string> = {
  chromium: 'chrome://version/',
  firefox: 'about:addons',
};

describe.each(BROWSERS)('popup states in %s', (name) => {
  let session: ExtensionSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    server.route('/shop.html', () => SHOP_PAGE);
    server.route('/tass.html', tassPage);
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('explains a browser page, where extensions cannot run', async () => {
    const browserPage = await session.open('about:blank');
    // Firefox's driver never reports privileged pages as loaded: navigate without waiting.
    if (browserPage.raw.kind === 'puppeteer')
      void browserPage.raw.page.goto(BROWSER_PAGE[name]).catch(() => undefined);
    else await browserPage.raw.page.goto(BROWSER_PAGE[name]);
    await new Promise((done) => setTimeout(done, 1500));
    const popup = await session.openPopup(browserPage);
    await popup.waitFor(() =>
      ['restricted', 'not-injected'].includes(
        document.querySelector('[data-state]')?.getAttribute('data-state') ?? '',
      ),
    );
    // Without activeTab the URL may be hidden: the popup then offers to load, and loading fails.
    if ((await popup.evaluate(stateOf)) === 'not-injected') await popup.click('button.primary');
    await popup.waitFor(
      () => document.querySelector('[data-state]')?.getAttribute('data-state') === 'restricted',
    );
    const heading = await popup.evaluate(() => document.querySelector('h2')?.textContent);
    expect(heading).toBe("Sourcelight can't run here");
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('offers to load on a tab the content script never ran in', async () => {
    const blank = await session.open('about:blank');
    const popup = await session.openPopup(blank);
    await popup.waitFor(() => document.querySelector('[data-state="not-injected"]') !== null);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('button.primary');
    // Chromium refuses to inject into about:blank without a user gesture on the toolbar button;
    // Firefox injects, and the content script then reports on the (empty) page.
    await popup.waitFor(
      () => {
        const state = document.querySelector('[data-state]')?.getAttribute('data-state');
        return state === 'restricted' || state === 'not-news' || state === 'empty';
      },
      undefined,
      20_000,
    );
    expect(await popup.evaluate(stateOf)).toBe(name === 'chromium' ? 'restricted' : 'not-news');
    await popup.close();
  });

  it('explains a page that is not news, and annotates it on request', async () => {
    const shop = await session.open(`${server.origin}/shop.html`);
    const popup = await session.openPopup(shop);
    await popup.waitFor(() => document.querySelector('[data-state="not-news"]') !== null);
    expect(await popup.evaluate(() => document.querySelector('h2')?.textContent)).toBe(
      'Not detected as news: no highlights',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('button.primary');
    await popup.waitFor(() => document.querySelector('.verdict-label') !== null);
    expect(await popup.evaluate(() => document.querySelector('.verdict-label')?.textContent)).toBe(
      'Not detected as news (annotated on request)',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('switches the site off and back on', async () => {
    const article = await session.open(`${server.origin}/tass.html`);
    const popup = await session.openPopup(article);
    await popup.waitFor(() => document.querySelector('.speaker-head') !== null, undefined, 30_000);
    await popup.click('.site-switch input');
    await popup.waitFor(() => document.querySelector('[data-state="disabled-site"]') !== null);
    const lit = () => {
      let ranges = 0;
      CSS.highlights.forEach((highlight) => (ranges += highlight.size));
      return ranges;
    };
    await article.waitFor(() => {
      let ranges = 0;
      CSS.highlights.forEach((highlight) => (ranges += highlight.size));
      return ranges === 0;
    });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('button.primary');
    await popup.waitFor(() => document.querySelector('.speaker-head') !== null, undefined, 30_000);
    expect(await article.evaluate(lit)).toBeGreaterThan(0);
    expect(await popup.evaluate(stateOf)).toBeNull();
    await popup.close();
  });
});
