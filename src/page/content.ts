/**
 * The content script's body: answers the popup, and (from the page-layer work) detects, extracts,
 * runs the engine and highlights. Everything is torn down through WXT's `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentProtocol, PageReport } from '../protocol/messages';
import { onMessages } from '../protocol/transport';

export function startContent(ctx: ContentScriptContext): void {
  const lifetime = new AbortController();
  ctx.onInvalidated(() => lifetime.abort());
  const report = (): PageReport => ({
    status: 'working',
    url: location.href,
    title: document.title,
  });
  onMessages<ContentProtocol>(
    {
      ping: () => ({ ready: true }),
      getReport: () => report(),
    },
    lifetime.signal,
  );
}
