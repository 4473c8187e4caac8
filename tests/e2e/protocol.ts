/**
 * Specs talk to a tab's content script the way the popup does: a content-protocol message sent from
 * an extension page, typed against the same map (`src/protocol/messages.ts`) as the extension's own
 * `sendToTab`, so a renamed message or field breaks the specs at compile time too.
 */
import type { ContentMessage, ContentProtocol } from '../../src/protocol/messages';
import type { TestPage } from './browsers';

/** Runs in an extension page (`chrome` in Chromium, `browser` in Firefox). */
function sendInExtensionPage(arg: {
  tabId: number;
  type: string;
  payload: unknown;
}): Promise<unknown> {
  type Api = { tabs: { sendMessage(id: number, message: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome) as Api;
  return api.tabs.sendMessage(arg.tabId, { sourcelight: 1, type: arg.type, payload: arg.payload });
}

/** Send `type` to the content script of `tabId` from `extensionPage`; rejects if none answers. */
export function sendFrom<M extends ContentMessage>(
  extensionPage: TestPage,
  tabId: number,
  type: M,
  payload: ContentProtocol[M]['payload'],
): Promise<ContentProtocol[M]['reply']> {
  return extensionPage.evaluate(sendInExtensionPage, { tabId, type, payload }) as Promise<
    ContentProtocol[M]['reply']
  >;
}
