import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from './connector';

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://extensions', true],
    ['chrome-extension://abc/popup.html', true],
    ['about:addons', true],
    ['about:blank', true],
    ['moz-extension://uuid/popup.html', true],
    ['view-source:https://tass.com', true],
    ['edge://settings', true],
    ['file:///home/me/article.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['', true],
    ['https://tass.com/politics/1770009', false],
    ['http://127.0.0.1:8123/tass.html', false],
    ['https://mozilla.org/addons.mozilla.org/', false],
  ])('%s → %s', (url, expected) => {
    expect(isRestrictedUrl(url)).toBe(expected);
  });
});
