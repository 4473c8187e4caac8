/**
 * Background script: keeps each tab's toolbar badge in step with its content script's claim count.
 * It holds no page content; badges are cleared when a tab navigates.
 */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol } from '../protocol/messages';
import { onMessages } from '../protocol/transport';

export function startBackground(): void {
  const lifetime = new AbortController();
  onMessages<BackgroundProtocol>(
    {
      reportClaims: async ({ count }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return null;
        await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
        await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e79' });
        return null;
      },
    },
    lifetime.signal,
  );
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
}
