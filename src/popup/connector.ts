/**
 * How the popup reaches the page it summarises and the reader's settings. Components talk to this
 * interface only, so they can be developed and tested against a fake (`testing/fake-connector.ts`);
 * the browser implementation is in `browser-connector.ts`.
 */
import type { PageReport } from '../protocol/messages';
import type { CategoryToggles } from '../page/types';

/** Why the popup could not reach a content script. */
export type ConnectorError = 'restricted' | 'not-injected';

/** The part of the synced settings the popup shows and edits. */
export interface PopupSettings {
  categories: CategoryToggles;
  disabledSites: string[];
}

export interface Connector {
  /** The active page's report; rejects with a `ConnectorFailure` when no content script answers. */
  getReport(): Promise<PageReport>;
  /** Injects the content script into the page (activeTab + scripting), for "not injected yet". */
  inject(): Promise<void>;
  /** Annotates a page detection rejected. */
  annotateAnyway(): Promise<PageReport>;
  /** Applies category toggles to the page's highlights now. */
  setCategories(categories: CategoryToggles): Promise<void>;
  /** Scrolls the page to a claim and flashes it; false when its text is no longer there. */
  jumpToClaim(id: number): Promise<boolean>;
  loadSettings(): Promise<PopupSettings>;
  /** Persists a change; resolves with the settings as stored. */
  saveSettings(patch: Partial<PopupSettings>): Promise<PopupSettings>;
  copyText(text: string): Promise<void>;
  /** Offers `text` to the reader as a file download. */
  download(fileName: string, mimeType: string, text: string): void;
}

/** A typed failure the popup turns into one of its state messages. */
export class ConnectorFailure extends Error {
  constructor(readonly reason: ConnectorError) {
    super(reason);
  }
}

/** Pages where browsers let no extension run: browser pages, other extensions, the stores. */
const RESTRICTED_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'devtools:',
  'edge:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'file:',
]);
const STORE_PREFIXES = [
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com/',
  'https://addons.mozilla.org/',
  'https://microsoftedge.microsoft.com/addons',
];

/**
 * True where no content script can run (or ours is not allowed to), so the popup explains that
 * instead of offering to inject. `file:` pages need a permission the reader grants separately.
 */
export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  return STORE_PREFIXES.some((prefix) => url.startsWith(prefix));
}
