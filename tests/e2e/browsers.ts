/**
 * Launches the built extension in a real browser and gives specs one interface over both drivers:
 * Debian's Chromium through playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi.
 * Launch recipes and pitfalls: ../shared/notes/browser-testing.md. A launch throws when the extension
 * did not load, so every spec fails if the build is broken.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { PROJECT_ROOT } from './server';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const GECKO_ID = 'sourcelight@sourcelight.dev';
const FIREFOX_UUID = '5f0a1c2e-7d1b-4c8e-9a3f-2b6d8e4f1a7c';
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/lib/firefox-esr/firefox-esr';

export const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: resolve(PROJECT_ROOT, '.output/chrome-mv3'),
  firefox: resolve(PROJECT_ROOT, '.output/firefox-mv3'),
};

/** A tab, whichever driver runs it. `raw` is there for the rare driver-specific need. */
export interface TestPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolve when `fn` returns a truthy value in the page, or throw after `timeout` ms. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  raw: { kind: 'playwright'; page: PwPage } | { kind: 'puppeteer'; page: PpPage };
}

export interface LaunchOptions {
  /** Reuse a profile (settings survive a restart); a fresh temporary one by default. */
  profileDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Extra Chromium command-line flags (e.g. a proxy for the privacy spec). */
  chromiumArgs?: string[];
  /** Extra Firefox prefs (e.g. a proxy for the privacy spec). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export interface ExtensionSession {
  name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  extensionOrigin: string;
  open(url: string): Promise<TestPage>;
  /** The browser's tab id for a page, as the extension sees it. */
  tabIdOf(page: TestPage): Promise<number>;
  /** The popup, opened as a tab of its own aimed at `target` through `?tabId=`. */
  openPopup(target: TestPage, query?: Record<string, string>): Promise<TestPage>;
  /** Messages the browser logged as errors, from every page (for "no console error" checks). */
  consoleErrors: string[];
  close(): Promise<void>;
}

function assertBuilt(name: BrowserName): string {
  const dir = BUILD_DIRS[name];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No ${name} build at ${dir}: run \`npm run build\` first.`);
  }
  return dir;
}

function playwrightPage(page: PwPage): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    raw: { kind: 'playwright', page },
  };
}

function puppeteerPage(page: PpPage): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    raw: { kind: 'puppeteer', page },
  };
}

/**
 * Runs in an extension context (`chrome` in Chromium, `browser` in Firefox). Without the "tabs"
 * permission tab URLs are hidden, so the page is found as the active tab: callers bring it to the
 * front first.
 */
function activeTabId(): Promise<number> {
  type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
  const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) return Promise.resolve(-1);
  return api.tabs
    .query({ active: true, lastFocusedWindow: true })
    .then((tabs) => tabs[0]?.id ?? -1);
}

/**
 * Chromium flags every harness launch shares: no sandbox or GPU (a container without either), and
 * none of the browser's own traffic (QUIC, background networking, component updates, sync).
 */
export const CHROMIUM_QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const ext = assertBuilt('chromium');
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...CHROMIUM_QUIET_ARGS,
      ...(options.chromiumArgs ?? []),
    ],
  });
  const consoleErrors: string[] = [];
  const watch = (page: PwPage) =>
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  context.on('page', watch);
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    const open = async (url: string) => {
      const page = await context.newPage();
      await page.goto(url);
      return playwrightPage(page);
    };
    const tabIdOf = async (page: TestPage) => {
      await page.bringToFront();
      const id = await worker.evaluate(activeTabId);
      if (id < 0) throw new Error('no active tab');
      return id;
    };
    return {
      name: 'chromium',
      extensionOrigin,
      open,
      tabIdOf,
      openPopup: async (target, query = {}) => {
        const tabId = await tabIdOf(target);
        const params = new URLSearchParams({ ...query, tabId: String(tabId) });
        return open(`${extensionOrigin}/popup.html?${params}`);
      },
      consoleErrors,
      close: async () => {
        await context.close();
        if (!options.profileDir) await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    throw new Error(`Chromium did not load the extension from ${ext}: ${String(error)}`);
  }
}

/** `page.goto` to a moz-extension:// page never resolves: start it and poll instead. */
async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => [location.href, document.readyState] as const)
      .catch(() => null);
    if (state && state[0] === url && state[1] === 'complete') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out opening ${url}`);
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionSession> {
  const ext = assertBuilt('firefox');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    headless: true,
    executablePath: FIREFOX,
    args: ['--remote-allow-system-access'],
    userDataDir: options.profileDir,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      ...options.firefoxPrefs,
    },
  });
  try {
    await browser.installExtension(ext);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox did not install the extension from ${ext}: ${String(error)}`);
  }
  const consoleErrors: string[] = [];
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    return page;
  };
  const open = async (url: string) => {
    const page = await newPage();
    if (url.startsWith('moz-extension:')) await gotoExtensionPage(page, url);
    else await page.goto(url);
    return puppeteerPage(page);
  };
  // A privileged page kept open in the background to ask the tabs API questions.
  let control: PpPage | null = null;
  const tabIdOf = async (target: TestPage) => {
    if (!control) {
      control = await newPage();
      await gotoExtensionPage(control, `${extensionOrigin}/popup.html?probe=1`);
    }
    await target.bringToFront();
    const id = await control.evaluate(activeTabId);
    if (id < 0) throw new Error('no active tab');
    return id;
  };
  return {
    name: 'firefox',
    extensionOrigin,
    open,
    tabIdOf,
    openPopup: async (target, query = {}) => {
      const tabId = await tabIdOf(target);
      const params = new URLSearchParams({ ...query, tabId: String(tabId) });
      return open(`${extensionOrigin}/popup.html?${params}`);
    },
    consoleErrors,
    close: () => browser.close(),
  };
}

/** Start `name` with the built extension loaded. */
export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
