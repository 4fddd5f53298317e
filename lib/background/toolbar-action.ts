/**
 * The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in Manifest V2 (our Firefox
 * build), where `browser.action` is undefined and a badge call would throw and never show.
 */
import { browser } from 'wxt/browser';

type BadgeApi = Pick<typeof browser.action, 'setBadgeText'>;

export function toolbarAction(api: { action?: BadgeApi; browserAction?: BadgeApi } = browser as never): BadgeApi {
  const found = api.action ?? api.browserAction;
  if (!found) throw new Error('no toolbar action API (neither action nor browserAction)');
  return found;
}
