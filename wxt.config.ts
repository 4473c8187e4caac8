import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The gecko id is fixed so Firefox keeps settings across updates and tests can pin the add-on's UUID. */
export const GECKO_ID = 'sourcelight@sourcelight.dev';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // No modulepreload polyfill: every target browser preloads natively, and the polyfill's fetch()
    // would be the bundle's only network call site (scripts/scan-bundles.ts forbids them).
    build: { target: 'es2022', modulePreload: { polyfill: false } },
  }),
  zip: {
    // The Firefox store wants the sources that produce the build; ship what builds it, nothing else.
    excludeSources: ['.output/**', 'test-artifacts/**', '**/node_modules/**', '.wxt/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNext__',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
