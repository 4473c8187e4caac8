/**
 * The popup on the TASS article, in both browsers: who claimed what (Macron first, then Shoigu,
 * the Russian Defense Ministry, and Lecornu with "insisted" relayed via the ministry), jumping to a
 * claim, a category toggle that reaches the page and survives reopening, axe-core, and screenshots
 * of both themes kept under test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../browsers';
import { PROJECT_ROOT, startServer, type TestServer } from '../server';
import { tassPage } from '../../fixtures/pages/tass';
import {
  axeViolations,
  badgeText,
  clickLastClaimOf,
  compositeHtml,
  highlightSizes,
  isChecked,
  openSummary,
  readSpeakers,
  screenshotPopup,
} from './popup-page';

const ARTIFACTS = resolve(PROJECT_ROOT, 'test-artifacts');

describe.each(BROWSERS)('popup on the TASS article in %s', (name) => {
  let server: TestServer;
  let session: ExtensionSession;
  let article: TestPage;

  beforeAll(async () => {
    server = await startServer();
    server.route('/tass.html', tassPage);
    session = await launch(name);
    article = await session.open(`${server.origin}/tass.html`);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('lists Macron first, then Shoigu, the ministry, and Lecornu with "insisted" via the ministry', async () => {
    const popup = await openSummary(session, article);
    const speakers = await popup.evaluate(readSpeakers);
    const names = speakers.map((speaker) => speaker.name);
    expect(names[0]).toBe('Emmanuel Macron');
    // The four gold speakers, in this order (the engine may list others between them).
    const order = [
      'Emmanuel Macron',
      'Sergey Shoigu',
      'Russian Defense Ministry',
      'Sebastien Lecornu',
    ];
    const positions = order.map((speaker) => names.indexOf(speaker));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(speakers[0]?.claims).toBeGreaterThanOrEqual(5);
    const lecornu = speakers.find((speaker) => speaker.name === 'Sebastien Lecornu');
    expect(lecornu?.loaded).toEqual(['“insisted” ×1']);
    expect(lecornu?.via).toBe('via Russian Defense Ministry');
    await popup.close();
  });

  it('shows the tab’s claim count on the toolbar badge', async () => {
    const popup = await openSummary(session, article);
    const tabId = await session.tabIdOf(article);
    const counts = await popup.evaluate(() => document.querySelector('.counts')?.textContent ?? '');
    const claims = /^(\d+) claims?/.exec(counts)?.[1];
    expect(Number(claims)).toBeGreaterThan(0);
    expect(await popup.evaluate(badgeText, tabId)).toBe(claims);
    await popup.close();
  });

  it('clears the badge when the tab navigates away', async () => {
    const other = await session.open(`${server.origin}/tass.html`);
    const tabId = await session.tabIdOf(other);
    const popup = await openSummary(session, other);
    await popup.waitFor((id: number) => {
      type Api = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      void (scope.browser ?? scope.chrome)!.action
        .getBadgeText({ tabId: id })
        .then((text) => ((globalThis as { badge?: string }).badge = text));
      return Boolean((globalThis as { badge?: string }).badge);
    }, tabId);
    const { raw } = other;
    if (raw.kind === 'playwright') await raw.page.goto('about:blank');
    else await raw.page.goto('about:blank');
    expect(await popup.evaluate(badgeText, tabId)).toBe('');
    await popup.close();
    await other.close();
  });

  it('scrolls the page to a claim clicked in the popup', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const popup = await openSummary(session, article);
    const claimTop = () => {
      const paragraph = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.includes('if they are put into practice'),
      );
      return paragraph ? paragraph.getBoundingClientRect().top : Number.NaN;
    };
    expect(await article.evaluate(claimTop)).toBeGreaterThan(
      await article.evaluate(() => window.innerHeight),
    );
    // A real popup floats over a visible page; as a tab it would hide it, and Firefox does not
    // run smooth scrolling in a hidden tab. Show the page, then click in the (background) popup.
    await article.bringToFront();
    expect(await popup.evaluate(clickLastClaimOf, 'Sergey Shoigu')).toBe(true);
    await article.waitFor(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.includes('if they are put into practice'),
      );
      const top = paragraph?.getBoundingClientRect().top ?? -1;
      return window.scrollY > 0 && top >= 0 && top < window.innerHeight;
    });
    await popup.close();
  });

  it('turns off direct quotes in the page, and the choice survives reopening', async () => {
    const before = await article.evaluate(highlightSizes);
    const direct = Object.keys(before).filter(
      (key) => /direct/i.test(key) && (before[key] ?? 0) > 0,
    );
    expect(direct.length).toBeGreaterThan(0);
    const popup = await openSummary(session, article);
    expect(await popup.evaluate(isChecked, 'input[name="direct"]')).toBe(true);
    await popup.click('input[name="direct"]');
    await article.waitFor(
      (names: string[]) => names.every((key) => (CSS.highlights.get(key)?.size ?? 0) === 0),
      direct,
    );
    const others = await article.evaluate(highlightSizes);
    expect(Object.values(others).some((size) => size > 0)).toBe(true);
    await popup.close();

    const reopened = await openSummary(session, article);
    expect(await reopened.evaluate(isChecked, 'input[name="direct"]')).toBe(false);
    await reopened.click('input[name="direct"]');
    await article.waitFor(
      (names: string[]) => names.every((key) => (CSS.highlights.get(key)?.size ?? 0) > 0),
      direct,
    );
    await reopened.close();
  });

  it('works from the keyboard', async () => {
    const popup = await openSummary(session, article);
    await popup.bringToFront();
    const focused = () => {
      const element = document.activeElement;
      return element ? `${element.tagName}.${element.className}` : '';
    };
    await popup.press('Tab');
    expect(await popup.evaluate(focused)).toBe('BUTTON.speaker-head');
    await popup.press('Enter');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe(
      'true',
    );
    await popup.press('Tab');
    expect(await popup.evaluate(focused)).toMatch(/^BUTTON\.claim kind-/);
    const first = await popup.evaluate(() => document.activeElement?.textContent);
    await popup.press('Tab');
    expect(await popup.evaluate(focused)).toMatch(/^BUTTON\.claim kind-/);
    expect(await popup.evaluate(() => document.activeElement?.textContent)).not.toBe(first);
    await popup.close();
  });

  it('copies the summary as Markdown and downloads the records as JSON', async () => {
    const popup = await openSummary(session, article);
    await popup.bringToFront();
    await popup.click('.export button:nth-child(1)');
    await popup.waitFor(
      () => document.querySelector('.notice')?.textContent === 'Summary copied to the clipboard.',
    );
    const { raw } = popup;
    if (raw.kind === 'playwright') {
      // Chromium: the download itself, parsed.
      const [download] = await Promise.all([
        raw.page.waitForEvent('download'),
        popup.click('.export button:nth-child(2)'),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^sourcelight-127\.0\.0\.1-\d{4}-\d\d-\d\d\.json$/,
      );
      const text = readFileSync((await download.path())!, 'utf8');
      const records = JSON.parse(text) as {
        url: string;
        attributions: unknown[];
        blocks: unknown[];
      };
      expect(records.url).toBe(`${server.origin}/tass.html`);
      expect(records.attributions.length).toBeGreaterThan(10);
      expect(records.blocks.length).toBeGreaterThan(5);
    }
    await popup.close();
  });

  it('has no axe-core violations, in light and dark', async () => {
    const check = async (scheme: 'light' | 'dark', popup: TestPage) => {
      await popup.evaluate(() =>
        document.querySelector<HTMLButtonElement>('.speaker-head')?.click(),
      );
      expect(await axeViolations(popup)).toEqual([]);
      // The popup sets its own text size (Chromium's extension pages default body text to 75%).
      expect(
        await popup.evaluate(
          () => getComputedStyle(document.querySelector('.speaker-name')!).fontSize,
        ),
      ).toBe('13px');
      await screenshotPopup(popup, resolve(ARTIFACTS, `popup-${name}-${scheme}.png`));
      await popup.close();
    };
    await check('light', await openSummary(session, article));
    const dark = await launch(name, { colorScheme: 'dark' });
    try {
      const darkArticle = await dark.open(`${server.origin}/tass.html`);
      await check('dark', await openSummary(dark, darkArticle));
    } finally {
      await dark.close();
    }
  });

  it('composes the README screenshot (page and popup, Chromium, light)', async (context) => {
    if (article.raw.kind !== 'playwright') return context.skip();
    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, 0));
    const pagePng = await article.raw.page.screenshot();
    const popup = await openSummary(session, article);
    if (popup.raw.kind !== 'playwright') return context.skip();
    await popup.raw.page.setViewportSize({ width: 380, height: 600 });
    const popupPng = await popup.raw.page.screenshot();
    server.route('/readme-composite.html', () => compositeHtml(pagePng, popupPng));
    const composite = await session.open(`${server.origin}/readme-composite.html`);
    if (composite.raw.kind !== 'playwright') return context.skip();
    await composite.raw.page.screenshot({ path: resolve(ARTIFACTS, 'readme-screenshot.png') });
    await composite.close();
    await popup.close();
  });
});
