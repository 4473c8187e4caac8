/**
 * The connector over real extension APIs. It targets the active tab, or the tab named by a
 * `?tabId=` query parameter (end-to-end tests open the popup page as a tab of its own).
 */
import { browser } from 'wxt/browser';
import type { CategoryToggles } from '../page/types';
import { sendToTab } from '../protocol/transport';
import { ConnectorFailure, isRestrictedUrl, type Connector, type PopupSettings } from './connector';

/** Where WXT puts the content script in both browsers' builds. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

interface Target {
  id: number;
  url: string;
}

async function targetTab(): Promise<Target> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) {
    const tab = await browser.tabs.get(Number(fromQuery));
    return { id: tab.id ?? -1, url: tab.url ?? '' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? -1, url: tab?.url ?? '' };
}

/** True when `executeScript` reports at least one frame it ran in. */
export function injectedSomewhere(results: unknown): boolean {
  return (
    Array.isArray(results) &&
    results.some(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { frameId?: unknown }).frameId === 'number' &&
        !('error' in entry && (entry as { error?: unknown }).error),
    )
  );
}

/** Settings access, injected so this module does not decide where settings live. */
export interface SettingsStore {
  load(): Promise<PopupSettings>;
  save(patch: Partial<PopupSettings>): Promise<PopupSettings>;
}

/** The connector the popup uses in the browser. */
export function createBrowserConnector(settings: SettingsStore): Connector {
  let target: Promise<Target> | undefined;
  /**
   * The tab, looked up once per popup (it closes when the reader switches tabs). Its URL is only
   * visible with activeTab or a host permission; an unknown URL is not taken as restricted — the
   * content script's answer (or the browser's refusal to inject) decides instead.
   */
  const tab = async (): Promise<Target> => {
    target ??= targetTab();
    const found = await target;
    if (found.id < 0 || (found.url !== '' && isRestrictedUrl(found.url)))
      throw new ConnectorFailure('restricted');
    return found;
  };
  /** Sends to the content script, mapping "no receiving end" to `not-injected`. */
  const ask = async <R>(send: (tabId: number) => Promise<R>): Promise<R> => {
    const { id } = await tab();
    try {
      return await send(id);
    } catch {
      throw new ConnectorFailure('not-injected');
    }
  };
  return {
    getReport: () => ask((id) => sendToTab(id, 'getReport', null)),
    annotateAnyway: () => ask((id) => sendToTab(id, 'annotateAnyway', null)),
    async setCategories(categories: CategoryToggles) {
      await ask((id) => sendToTab(id, 'setCategories', categories));
    },
    jumpToClaim: (id) => ask((tabId) => sendToTab(tabId, 'jumpToClaim', { id })),
    async inject() {
      const { id } = await tab();
      const results = await browser.scripting
        .executeScript({ target: { tabId: id }, files: [CONTENT_SCRIPT_FILE] })
        .catch(() => []);
      // Chromium rejects on pages it protects; Firefox resolves with no injected frame. Either way
      // the page is closed to extensions: same message as a restricted URL.
      if (!injectedSomewhere(results)) throw new ConnectorFailure('restricted');
    },
    loadSettings: () => settings.load(),
    saveSettings: (patch) => settings.save(patch),
    copyText: (text) => navigator.clipboard.writeText(text),
    download(fileName, mimeType, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      // Revoke after the click has been handled, or Firefox cancels the download.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
