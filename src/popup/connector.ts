/**
 * How the popup reaches the page it summarises. Components talk to this interface only, so they can
 * be developed and tested against a fake; the browser implementation targets the active tab, or the
 * tab named by a `?tabId=` query parameter (end-to-end tests open the popup as a tab of its own).
 */
import { browser } from 'wxt/browser';
import type { PageReport } from '../protocol/messages';
import { sendToTab } from '../protocol/transport';

export type ConnectorError = 'restricted' | 'not-injected';

export interface Connector {
  getReport(): Promise<PageReport>;
}

/** Pages where browsers let no extension run. */
const RESTRICTED = /^(?:chrome|edge|about|moz-extension|chrome-extension|view-source|devtools):|^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//;

export class ConnectorFailure extends Error {
  constructor(readonly reason: ConnectorError) {
    super(reason);
  }
}

async function targetTab(): Promise<{ id: number; url: string }> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) {
    const tab = await browser.tabs.get(Number(fromQuery));
    return { id: tab.id ?? -1, url: tab.url ?? '' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? -1, url: tab?.url ?? '' };
}

export function createBrowserConnector(): Connector {
  return {
    async getReport() {
      const tab = await targetTab();
      if (tab.id < 0 || RESTRICTED.test(tab.url)) throw new ConnectorFailure('restricted');
      try {
        return await sendToTab(tab.id, 'getReport', null);
      } catch {
        throw new ConnectorFailure('not-injected');
      }
    },
  };
}
