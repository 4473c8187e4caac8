import { startBackground } from '../src/background/start';

export default defineBackground({
  // All runtime code lives in main(): WXT imports this file at build time.
  main() {
    startBackground();
  },
});
