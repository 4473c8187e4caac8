/**
 * Keyboard commands (declared in wxt.config.ts) forwarded to the active tab's content script
 * through the typed protocol. The background keeps no page state; the content script does the work.
 */
import type { ContentProtocol } from '../protocol/messages';

/** The commands the manifest declares. */
export const COMMANDS = ['toggle-highlights', 'next-claim', 'previous-claim'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** A content-script message a command turns into. */
export type CommandMessage =
  | { type: 'toggleHighlights'; payload: ContentProtocol['toggleHighlights']['payload'] }
  | { type: 'stepClaim'; payload: ContentProtocol['stepClaim']['payload'] };

/** The message for a command name, or null for a command we do not know. */
export function commandMessage(command: string): CommandMessage | null {
  switch (command) {
    case 'toggle-highlights':
      return { type: 'toggleHighlights', payload: null };
    case 'next-claim':
      return { type: 'stepClaim', payload: { direction: 1 } };
    case 'previous-claim':
      return { type: 'stepClaim', payload: { direction: -1 } };
    default:
      return null;
  }
}

/** What forwarding needs from the browser (fakes in tests). */
export interface CommandDeps {
  /** The tab the command applies to: the one passed by the browser, else the active tab. */
  activeTabId(): Promise<number | undefined>;
  send(tabId: number, message: CommandMessage): Promise<unknown>;
}

/**
 * Forwards a command to the page. Returns whether a content script took it: pages where none runs
 * (browser pages, tabs opened before install) simply ignore the key.
 */
export async function forwardCommand(command: string, deps: CommandDeps): Promise<boolean> {
  const message = commandMessage(command);
  if (!message) return false;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return false;
  try {
    await deps.send(tabId, message);
    return true;
  } catch {
    return false;
  }
}
