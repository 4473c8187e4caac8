/**
 * The content script's body: loads settings, runs the page controller (detect → extract → engine
 * in the background → highlights), answers every message of the content protocol, and wires the
 * hover card, living page observer, SPA navigations and settings changes. Everything is torn down
 * through WXT's `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentProtocol } from '../protocol/messages';
import { onMessages, sendToBackground } from '../protocol/transport';
import { loadSettings, watchSettings } from '../settings/index';
import { PageController } from './controller';
import { engineClient } from './engine-client';
import { watchText } from './living';
import { attachHover } from './ui/hover';

/** Start the page layer for this document; returns when the first run has finished. */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const lifetime = new AbortController();
  ctx.onInvalidated(() => lifetime.abort());
  const signal = lifetime.signal;
  // WXT notices an orphaned script (extension reloaded, updated or disabled) only when something
  // asks `ctx.isValid`; this heartbeat asks once a second, so teardown runs on an idle page too.
  ctx.setInterval(() => undefined, 1000);
  const settings = await loadSettings();
  if (signal.aborted) return;
  let hoverAttached = false;
  let badgeCount = 0;
  const controller: PageController = new PageController(
    {
      doc: document,
      url: () => location.href,
      reportClaims: (count) => {
        // Only changes travel: a non-news page (count 0 on a badge its navigation cleared) sends
        // nothing, so browsing non-news pages never even wakes the background.
        if (count === badgeCount) return;
        badgeCount = count;
        void sendToBackground('reportClaims', { count }).catch(() => {});
      },
      // The engine runs in the background: this script stays small and never compiles it cold.
      // Its reply draws from offsets; the records are collected once the highlights are drawn.
      extract: engineClient(sendToBackground),
      warm: () => void sendToBackground('warm', null).catch(() => {}),
      // Pages never annotated get no pointer listeners at all.
      onAnnotated: () => {
        if (hoverAttached) return;
        hoverAttached = true;
        attachHover(document, () => controller.current(), signal);
      },
      signal,
    },
    settings,
  );
  onMessages<ContentProtocol>(
    {
      ping: () => ({ ready: true }),
      getReport: () => controller.report(),
      setCategories: (toggles) => {
        controller.setCategories(toggles);
        return null;
      },
      jumpToClaim: ({ id }) => controller.navigator.jumpTo(id),
      annotateAnyway: () => controller.start(true),
      stepClaim: ({ direction }) => {
        controller.navigator.step(direction);
        return null;
      },
      toggleHighlights: () => {
        controller.layer.toggleAll();
        return null;
      },
    },
    signal,
  );
  watchSettings((next) => void controller.applySettings(next), signal);
  watchText(document, () => void controller.recheck(), signal);
  ctx.addEventListener(window, 'wxt:locationchange', () => void controller.annotate());
  await controller.annotate();
}
