/**
 * Specs talk to a tab's content script the way the popup does: a content-protocol message sent from
 * an extension page, typed against the same map (`src/protocol/messages.ts`) as the extension's own
 * `sendToTab`, so a renamed message or field breaks the specs at compile time too.
 */
import type { ContentMessage, ContentProtocol, PageReport } from '../../src/protocol/messages';
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

/**
 * The tab's report once its content script has finished a run (anything but `working`), asked
 * from `extensionPage` every 25 ms; throws after `timeoutMs`.
 */
export async function settledReport(
  extensionPage: TestPage,
  tabId: number,
  timeoutMs = 30_000,
): Promise<PageReport> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const report = await sendFrom(extensionPage, tabId, 'getReport', null).catch(() => null);
    if (report && report.status !== 'working') return report;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the content script never finished');
}
