/**
 * Reading with the page layer, in both browsers, on the TASS fixture page: the hover card (shadow
 * root, outside <body>, dismissed by Escape), next-claim navigation with its flash, jump to a claim,
 * a living page that gains a paragraph, and an SPA navigation to a page that is not news.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tassPage } from '../../fixtures/pages/tass';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../browsers';
import { PROJECT_ROOT, startServer, type TestServer } from '../server';
import { sendFrom } from '../protocol';

const ARTIFACTS = resolve(PROJECT_ROOT, 'test-artifacts');

/** Runs in the page: viewport centre of the first range of a highlight, scrolled into view. */
function firstRangeCentre(name: string): { x: number; y: number } | null {
  const highlight = CSS.highlights.get(name);
  const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return rect
    ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 }
    : null;
}

const cardText = () => document.querySelector('sourcelight-card')?.shadowRoot?.textContent ?? null;

async function moveMouse(page: TestPage, x: number, y: number): Promise<void> {
  if (page.raw.kind === 'playwright') await page.raw.page.mouse.move(x, y);
  else await page.raw.page.mouse.move(x, y);
}

describe.each(BROWSERS)('reading with the page layer in %s', (browserName) => {
  let server: TestServer;
  let session: ExtensionSession;
  let page: TestPage;
  let control: TestPage;
  let tabId: number;

  beforeAll(async () => {
    server = await startServer();
    server.route('/news/tass.html', () => tassPage());
    session = await launch(browserName);
    page = await session.open(`${server.origin}/news/tass.html`);
    await page.waitFor(() => CSS.highlights.has('sourcelight-direct'), undefined, 30_000);
    tabId = await session.tabIdOf(page);
    control = await session.openPopup(page);
    await page.bringToFront();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows a hover card for a quote, outside <body>, and Escape dismisses it', async () => {
    const body = await page.evaluate(() => document.body.innerHTML);
    const point = await page.evaluate(firstRangeCentre, 'sourcelight-direct');
    expect(point).not.toBeNull();
    await moveMouse(page, 1, 1);
    await moveMouse(page, point?.x ?? 0, point?.y ?? 0);
    await page.waitFor(() => document.querySelector('sourcelight-card') !== null, undefined, 5000);
    const text = await page.evaluate(cardText);
    expect(text).toContain('Macron');
    expect(text).toContain('Direct quote');
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(body);
    await page.screenshot(resolve(ARTIFACTS, `page-card-${browserName}.png`));
    await page.press('Escape');
    await page.waitFor(() => document.querySelector('sourcelight-card') === null, undefined, 5000);
  });

  it('steps to the next claim and jumps to a claim with a flash', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await sendFrom(control, tabId, 'stepClaim', { direction: 1 });
    await page.waitFor(() => CSS.highlights.has('sourcelight-focus'), undefined, 5000);
    const jumped = await sendFrom(control, tabId, 'jumpToClaim', { id: 3 });
    expect(jumped).toBe(true);
    expect(await sendFrom(control, tabId, 'jumpToClaim', { id: 9999 })).toBe(false);
  });

  it('re-annotates when the page adds a paragraph', async () => {
    const before = await page.evaluate(() => CSS.highlights.get('sourcelight-cue')?.size ?? 0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'The Kremlin spokesman said the talks had been useful, according to the ministry.';
      document.querySelector('.text-content')?.append(p);
    });
    await page.waitFor(
      (n: number) => (CSS.highlights.get('sourcelight-cue')?.size ?? 0) > n,
      before,
      10_000,
    );
  });

  it('drops its highlights after an SPA navigation to a page that is not news', async () => {
    await page.evaluate(() => {
      history.pushState({}, '', '/shop/');
      document.title = 'Shop';
      document.body.replaceChildren(document.createElement('p'));
      document.querySelector('script[type="application/ld+json"]')?.remove();
      document.querySelectorAll('meta').forEach((m) => m.remove());
    });
    await page.waitFor(
      () => ![...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-')),
      undefined,
      10_000,
    );
    const report = (await sendFrom(control, tabId, 'getReport', null)) as {
      status: string;
    };
    expect(report.status).toBe('not-news');
  });
});
