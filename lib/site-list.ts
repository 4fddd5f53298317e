/**
 * The sites where the reader turned the lens off (`Settings.disabledSites`): adding and removing are
 * idempotent, so a double click or two open tabs never leave a site listed twice or restore the wrong one.
 */
import type { Settings } from './settings';

/** A hostname as the content script sees it (location.hostname): lower case, no trailing dot. */
export function normalizeSite(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

export function disableSite(settings: Settings, hostname: string): Settings {
  const site = normalizeSite(hostname);
  if (!site || settings.disabledSites.includes(site)) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, site] };
}

export function enableSite(settings: Settings, hostname: string): Settings {
  const site = normalizeSite(hostname);
  if (!settings.disabledSites.some((h) => normalizeSite(h) === site)) return settings;
  return { ...settings, disabledSites: settings.disabledSites.filter((h) => normalizeSite(h) !== site) };
}

/** The list as the popup and options show it: each site once, alphabetical. */
export function turnedOffSites(settings: Pick<Settings, 'disabledSites'>): string[] {
  return [...new Set(settings.disabledSites.map(normalizeSite).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
