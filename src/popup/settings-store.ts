/**
 * The popup's settings access: a thin adapter over `src/settings` (the versioned synced record the
 * content script also watches), narrowed to what the popup shows and edits.
 */
import { loadSettings, saveSettings, type Settings } from '../settings/index';
import type { SettingsStore } from './browser-connector';
import type { PopupSettings } from './connector';

const narrow = ({ categories, disabledSites }: Settings): PopupSettings => ({
  categories,
  disabledSites,
});

/** Settings in `browser.storage.sync`, through the shared settings module. */
export function settingsStore(): SettingsStore {
  return {
    load: async () => narrow(await loadSettings()),
    save: async (patch) => narrow(await saveSettings(patch)),
  };
}
