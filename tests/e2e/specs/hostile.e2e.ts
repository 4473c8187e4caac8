/**
 * Hostile page text stays text, in both browsers: the fixture's quotes carry `<img onerror>`,
 * `<script>`, `<svg onload>`, `javascript:` links and 10,000-character words. The page records any
 * handler that runs (`window.__pwned`) and any element added after parsing (`window.__created`);
 * both must stay empty while the extension annotates it, shows the hover card on a hostile quote
 * and its popup lists every claim. In Chromium the card's closed shadow root is read over CDP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../browsers';
import { startServer, type TestServer } from '../server';
import { sleep } from './hardening';

/** Runs in a page: descendants of `root` that would mean text became markup (self-contained). */
function activeElementsIn(selector: string): string[] {
  const root = document.querySelector(selector) ?? document.documentElement;
  const tags = ['img', 'script', 'svg', 'iframe', 'object', 'embed'];
  return Array.from(root.querySelectorAll('*'))
    .filter((el) => {
      const attrs = Array.from(el.attributes);
      return (
        tags.includes(el.tagName.toLowerCase()) ||
        attrs.some((a) => a.name.toLowerCase().startsWith('on')) ||
        attrs.some((a) => a.value.trim().toLowerCase().startsWith('javascript:'))
      );
    })
    .map((el) => el.outerHTML.slice(0, 100));
}

/** Runs in the page: the centre of the first highlighted claim whose text carries `needle`. */
function claimPoint(needle: string): { x: number; y: number } | null {
  type Registry = { get(name: string): Iterable<Range> | undefined };
  const registry = (CSS as unknown as { highlights: Registry }).highlights;
  for (const name of ['sourcelight-direct', 'sourcelight-reported']) {
    for (const range of registry.get(name) ?? []) {
      if (!range.toString().includes(needle)) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + 4, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

async function hover(page: TestPage, point: { x: number; y: number }): Promise<void> {
  const { raw } = page;
  if (raw.kind === 'playwright') await raw.page.mouse.move(point.x, point.y, { steps: 3 });
  else await raw.page.mouse.move(point.x, point.y, { steps: 3 });
}

/** Chromium only: the text and element names inside the card's closed shadow root, over CDP. */
async function cardContents(page: TestPage): Promise<{ text: string; tags: string[] } | null> {
  if (page.raw.kind !== 'playwright') return null;
  const cdp = await page.raw.page.context().newCDPSession(page.raw.page);
  type DomNode = {
    nodeName: string;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const find = (node: DomNode): DomNode | null =>
    node.nodeName.toLowerCase() === 'sourcelight-card'
      ? node
      : [...(node.children ?? []), ...(node.shadowRoots ?? [])].reduce<DomNode | null>(
          (hit, child) => hit ?? find(child),
          null,
        );
  const host = find(root);
  if (!host) return null;
  const tags: string[] = [];
  let text = '';
  const walk = (node: DomNode) => {
    if (node.nodeName === '#text') text += node.nodeValue ?? '';
    else if (!node.nodeName.startsWith('#')) tags.push(node.nodeName.toLowerCase());
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
  };
  walk(host);
  await cdp.detach();
  return { text, tags };
}

describe.each(BROWSERS)('hostile text in %s', (name) => {
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

  it('annotates, hovers and summarises hostile quotes without running or creating anything', async () => {
    const page = await session.open(`${server.origin}/fixtures/hostile/quotes.html`);
    await page.waitFor(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('sourcelight-direct'),
    );
    const point = await page.evaluate(claimPoint, 'onerror=');
    expect(point).not.toBeNull();
    await sleep(300); // the scroll's event (which hides cards) must land before the hover
    await hover(page, point!);
    await page.waitFor(() => document.querySelector('sourcelight-card') !== null, undefined, 5_000);
    const card = await cardContents(page);
    if (name === 'chromium') expect(card).not.toBeNull();
    if (card) {
      expect(
        card.tags.filter((t) => !['sourcelight-card', 'style', 'div', 'span'].includes(t)),
      ).toEqual([]);
      expect(card.text).toContain('John Smith');
    }

    const popup = await session.openPopup(page);
    await popup.waitFor(() => document.body.textContent?.includes('onerror=') === true);
    expect(await popup.evaluate(() => document.body.textContent?.includes('<script>'))).toBe(true);
    expect(await popup.evaluate(activeElementsIn, 'body')).toEqual([]);
    // The 10,000-character word is shown, and wraps instead of widening the popup.
    const longWord = `W${'o'.repeat(300)}`;
    expect(await popup.evaluate((w) => document.body.textContent?.includes(w), longWord)).toBe(
      true,
    );
    const overflow = await popup.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      return main.scrollWidth - main.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await sleep(500);

    expect(await page.evaluate(() => (window as unknown as { __pwned: string[] }).__pwned)).toEqual(
      [],
    );
    expect(
      await page.evaluate(() => (window as unknown as { __created: string[] }).__created),
    ).toEqual([]);
    expect(await page.evaluate(activeElementsIn, 'article')).toEqual([
      expect.stringContaining('page-link'),
    ]);
  });
});
