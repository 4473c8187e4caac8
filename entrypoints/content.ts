import { startContent } from '../src/page/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // All runtime code lives in main(): WXT imports this file at build time.
  main(ctx) {
    startContent(ctx);
  },
});
