/**
 * Stored settings in `browser.storage.sync` (they follow the reader across devices): load, save a
 * patch, watch for changes. Every read goes through `migrateSettings`, so callers always get a
 * valid current record. Used by the content script and the popup.
 */
import { browser } from 'wxt/browser';
import { applyPatch, migrateSettings, type Settings, type SettingsPatch } from './schema';

export * from './schema';

/** The single storage key holding the record. */
export const SETTINGS_KEY = 'sourcelight.settings';

/** The current settings (defaults when nothing or something unreadable is stored). */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  } catch {
    return migrateSettings(undefined);
  }
}

/** Merge `patch` into the stored settings and return the saved record. */
export async function saveSettings(patch: SettingsPatch): Promise<Settings> {
  const next = applyPatch(await loadSettings(), patch);
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Call `callback` with the new record whenever the settings change, until `signal` aborts. */
export function watchSettings(callback: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'sync' || !change) return;
    callback(migrateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
