import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../src/popup/App';
import { createBrowserConnector } from '../../src/popup/browser-connector';
import { createTranslate } from '../../src/popup/i18n';
import { settingsStore } from '../../src/popup/settings-store';
import '../../src/popup/popup.css';

/** WXT types message names from messages.json; src/popup/i18n.test.ts checks every key we use. */
type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

const root = document.getElementById('app');
if (root) {
  const t = createTranslate((key, subs) => browser.i18n.getMessage(key as MessageName, subs));
  render(<App connector={createBrowserConnector(settingsStore())} t={t} />, root);
}
