/**
 * Background script: runs the attribution engine for the content scripts (one warm engine for the
 * whole browser), keeps each tab's toolbar badge in step with its claim count and forwards keyboard
 * commands to the active tab. It keeps no page content (an answer's records wait in memory only until
 * their page collects them, held.ts); badges are cleared when a tab navigates.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundProtocol } from '../protocol/messages';
import { onMessages, sendToTab } from '../protocol/transport';
import { clearsBadge, showCount } from './badge';
import { answerExtract, packRecords } from './engine';
import { HeldRecords } from './held';
import { EngineWarmer } from './warm';
import { forwardCommand, type CommandMessage } from './commands';

function send(tabId: number, message: CommandMessage): Promise<unknown> {
  return message.type === 'stepClaim'
    ? sendToTab(tabId, 'stepClaim', message.payload)
    : sendToTab(tabId, 'toggleHighlights', message.payload);
}

/** Who asked: records are handed back only to the tab and frame (or extension page) they are for. */
function senderKey(sender: Browser.runtime.MessageSender): string {
  return `${sender.tab?.id ?? sender.url ?? '?'}/${sender.frameId ?? 0}`;
}

/** Wires the badge and the commands; runs once per background lifetime. */
export function startBackground(): void {
  const lifetime = new AbortController();
  const warmer = new EngineWarmer();
  const held = new HeldRecords();
  onMessages<BackgroundProtocol>(
    {
      reportClaims: async ({ count }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await showCount(browser.action, tabId, count);
        return null;
      },
      extract: (payload, sender) => {
        const { result, blocks, plan, engineMs } = answerExtract(payload);
        return { plan, engineMs, ticket: held.hold(senderKey(sender), result, blocks) };
      },
      records: (payload, sender) => packRecords(held.take(senderKey(sender), payload?.ticket)),
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
