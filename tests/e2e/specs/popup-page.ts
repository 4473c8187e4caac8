/**
 * Helpers for the popup's end-to-end specs: functions that run inside the popup or the page,
 * axe-core run inside the popup, and element screenshots through either driver.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ExtensionSession, TestPage } from '../browsers';

const require = createRequire(import.meta.url);

/** Runs axe-core in `page` and returns its violations (id, impact, failing targets). */
export async function axeViolations(page: TestPage): Promise<unknown[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated by the driver, not by the page: extension pages' CSP forbids injected scripts.
  const expression = `(async () => { ${source};
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')) }));
  })()`;
  const { raw } = page;
  return raw.kind === 'playwright'
    ? ((await raw.page.evaluate(expression)) as unknown[])
    : ((await raw.page.evaluate(expression)) as unknown[]);
}

/** Screenshot of the popup's `main` element only (the popup opened as a tab is wider). */
export async function screenshotPopup(page: TestPage, path: string): Promise<void> {
  const { raw } = page;
  if (raw.kind === 'playwright') {
    await raw.page.locator('main').screenshot({ path });
    return;
  }
  const main = await raw.page.$('main');
  if (!main) throw new Error('popup has no main element');
  await main.screenshot({ path: path as `${string}.png` });
}

const ANALYSIS_TIMEOUT = 30_000;

/** Runs in the popup: the speaker list as the reader sees it. */
export function readSpeakers() {
  return [...document.querySelectorAll('.speaker')].map((item) => ({
    name: item.querySelector('.speaker-name')?.textContent ?? '',
    loaded: [...item.querySelectorAll('.loaded-verb')].map((mark) => mark.textContent),
    via: item.querySelector('.via')?.textContent ?? null,
    claims: item.querySelectorAll('.claim').length,
  }));
}

/** Runs in the popup: expands `name` and clicks their last claim. */
export function clickLastClaimOf(name: string): boolean {
  const item = [...document.querySelectorAll('.speaker')].find(
    (candidate) => candidate.querySelector('.speaker-name')?.textContent === name,
  );
  item?.querySelector<HTMLButtonElement>('.speaker-head')?.click();
  const claims = item?.querySelectorAll<HTMLButtonElement>('.claim') ?? [];
  claims[claims.length - 1]?.click();
  return claims.length > 0;
}

/** Runs in the page: every CSS highlight and how many ranges it holds. */
export function highlightSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  CSS.highlights.forEach((highlight, name) => {
    sizes[name] = highlight.size;
  });
  return sizes;
}

/** Runs in an extension page: a tab's toolbar badge text. */
export function badgeText(tabId: number): Promise<string> {
  type Api = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (scope.browser ?? scope.chrome)!.action.getBadgeText({ tabId });
}

/** Runs in the popup: whether a checkbox is checked. */
export const isChecked = (selector: string) =>
  (document.querySelector(selector) as HTMLInputElement | null)?.checked ?? null;

/** Opens the popup on `article` and waits for its speaker list (the page is analysed by then). */
export async function openSummary(session: ExtensionSession, article: TestPage): Promise<TestPage> {
  const popup = await session.openPopup(article);
  await popup.waitFor(
    () => document.querySelector('.speaker-head') !== null,
    undefined,
    ANALYSIS_TIMEOUT,
  );
  return popup;
}

/**
 * A README picture from two real renders: the page's viewport with its highlights, and the popup
 * at a real popup's size (380 × 600) placed at the top right, where the browser opens it.
 */
export function compositeHtml(pagePng: Buffer, popupPng: Buffer): string {
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;position:relative;width:1280px;height:900px">
<img alt="" src="${src(pagePng)}" style="display:block">
<img alt="" src="${src(popupPng)}" style="position:absolute;top:8px;right:16px;border:1px solid #8c959f;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.3)">
</body></html>`;
}
