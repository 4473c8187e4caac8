/**
 * The toolbar badge: each tab shows its own claim count, so a reader sees at a glance whether an
 * article has attributions before opening the popup.
 */

/** Badge colour: the extension's accent, readable with white text in light and dark toolbars. */
export const BADGE_COLOR = '#1f4e79';

/** Browsers show about four characters; larger counts are capped rather than cut. */
export const BADGE_MAX = 999;

/** The badge text for a count: empty for none, so pages without claims show no badge. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(Math.floor(count));
}

/** The slice of `browser.action` the badge needs (a fake in tests). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** Shows `count` on `tabId`'s badge. */
export async function showCount(api: BadgeApi, tabId: number, count: number): Promise<void> {
  await api.setBadgeText({ tabId, text: badgeText(count) });
  await api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

/** True when a tab update means its page is being replaced, so its old count no longer applies. */
export function clearsBadge(change: { status?: string }): boolean {
  return change.status === 'loading';
}
