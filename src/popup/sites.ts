/**
 * The per-site switch's edit of the disabled-sites list. The content script treats an entry as
 * covering its subdomains, so turning a site back on removes every entry that covers it.
 */

/** True when `entry` switches `host` off (the host itself or a parent domain). */
export function covers(entry: string, host: string): boolean {
  return host === entry || host.endsWith(`.${entry}`);
}

/** The disabled-sites list with `host` switched on or off. */
export function withSite(disabledSites: string[], host: string, enabled: boolean): string[] {
  if (enabled) return disabledSites.filter((entry) => !covers(entry, host));
  return disabledSites.some((entry) => covers(entry, host))
    ? disabledSites
    : [...disabledSites, host];
}
