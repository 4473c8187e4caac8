/**
 * The stored settings record and its migration. Pure (no browser API) so it is unit-tested in
 * Node: whatever storage returns — nothing, an older format, a corrupt value from a sync conflict —
 * becomes a valid current record, keeping every part that still makes sense.
 */
import { CATEGORIES, type Category, type CategoryToggles } from '../page/types';

/** Bumped when the stored shape changes; `migrateSettings` upgrades older records. */
export const SETTINGS_VERSION = 1;

/** What the reader chose: which highlight categories show, and where Sourcelight stays off. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  categories: CategoryToggles;
  /** Host names (lower-case, no port) where the content script does nothing. */
  disabledSites: string[];
}

/** The part a caller may change. */
export type SettingsPatch = Partial<Pick<Settings, 'categories' | 'disabledSites'>>;

/** Every category on, no site disabled. */
export function defaultSettings(): Settings {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as CategoryToggles;
  return { version: SETTINGS_VERSION, categories, disabledSites: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Categories from any object: known names with boolean values kept, the rest defaulted. */
function migrateCategories(value: unknown): CategoryToggles {
  const out = defaultSettings().categories;
  if (!isRecord(value)) return out;
  for (const name of CATEGORIES) {
    const flag = value[name];
    if (typeof flag === 'boolean') out[name as Category] = flag;
  }
  return out;
}

/** A host name as stored: lower-case, trimmed, without a trailing dot; null if not a host. */
export function normalizeHost(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let host = value.trim().toLowerCase();
  while (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0 || host.length > 253) return null;
  for (const ch of host) {
    const ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-' || ch === '.';
    if (!ok && ch.charCodeAt(0) < 0x80) return null;
  }
  return host;
}

function migrateSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value.map(normalizeHost).filter((h): h is string => h !== null);
  return [...new Set(hosts)];
}

/**
 * Any stored value → a valid current record. Version 0 (no `version`, toggles under `toggles` or
 * `categories`, sites under `disabledSites` or `disabled`) is upgraded; anything unreadable
 * falls back to the defaults.
 */
export function migrateSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return defaultSettings();
  const categories = migrateCategories(stored.categories ?? stored.toggles);
  const disabledSites = migrateSites(stored.disabledSites ?? stored.disabled);
  return { version: SETTINGS_VERSION, categories, disabledSites };
}

/** Apply a patch to a record, validating it like a stored value. */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return migrateSettings({
    version: SETTINGS_VERSION,
    categories: { ...current.categories, ...(patch.categories ?? {}) },
    disabledSites: patch.disabledSites ?? current.disabledSites,
  });
}

/** The host of a page URL, for the per-site switch; null for non-web URLs. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normalizeHost(parsed.hostname);
  } catch {
    return null;
  }
}

/** Whether Sourcelight is switched off for this host (or a parent domain of it). */
export function isSiteDisabled(settings: Settings, host: string | null): boolean {
  if (!host) return false;
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
