import { startContent } from '../src/page/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT otherwise posts a message carrying the extension id to every page's window: pages must
  // not be able to detect the extension (tests/e2e/specs/isolation.e2e.ts).
  noScriptStartedPostMessage: true,
  // All runtime code lives in main(): WXT imports this file at build time.
  main(ctx) {
    startContent(ctx);
  },
});
