/**
 * Background script: runs the attribution engine for the content scripts (one warm engine for the
 * whole browser), keeps each tab's toolbar badge in step with its claim count and forwards keyboard
 * commands to the active tab. It keeps no page content; badges are cleared when a tab navigates.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundProtocol } from '../protocol/messages';
import { onMessages, sendToTab } from '../protocol/transport';
import { clearsBadge, showCount } from './badge';
import { answerExtract } from './engine';
import { EngineWarmer } from './warm';
import { forwardCommand, type CommandMessage } from './commands';

function send(tabId: number, message: CommandMessage): Promise<unknown> {
  return message.type === 'stepClaim'
    ? sendToTab(tabId, 'stepClaim', message.payload)
    : sendToTab(tabId, 'toggleHighlights', message.payload);
}

/** Wires the badge and the commands; runs once per background lifetime. */
export function startBackground(): void {
  const lifetime = new AbortController();
  const warmer = new EngineWarmer();
  onMessages<BackgroundProtocol>(
    {
      reportClaims: async ({ count }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await showCount(browser.action, tabId, count);
        return null;
      },
      extract: (payload) => answerExtract(payload),
      warm: () => {
        warmer.warm();
        return null;
      },
    },
    lifetime.signal,
  );
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (clearsBadge(change)) void browser.action.setBadgeText({ tabId, text: '' });
  });
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    void forwardCommand(command, {
      async activeTabId() {
        if (tab?.id !== undefined) return tab.id;
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        return active?.id;
      },
      send,
    });
  });
}
