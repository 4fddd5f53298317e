/**
 * A tab starts loading: the page it loads may be one the lens reads, and its text comes only once the page is
 * parsed (the content script runs at DOMContentLoaded). A worker woken for this (Chrome stops an idle one after
 * ~30 s) readies the engine while the page loads, instead of after the text arrived: on a news site that is
 * hundreds of milliseconds of loading the reader no longer waits for. Only the loading step and no address
 * (no 'tabs' permission needed); a ready engine makes it a no-op; nothing while the reader has paused the lens.
 * It does not keep the worker alive: keep-warm.ts is for pages actually read.
 */
import type { Settings } from '../settings';

export function readyOnTabLoading(change: { status?: string }, isReady: () => boolean, settings: () => Promise<Pick<Settings, 'paused'>>, ready: () => Promise<unknown>): Promise<void> {
  // Most navigations find the engine built: then nothing is read (a settings read here would queue in front
  // of the page's or the popup's own).
  if (change.status !== 'loading' || isReady()) return Promise.resolve();
  return settings()
    .then((s) => (s.paused ? undefined : ready()))
    .then(() => undefined, () => undefined);
}
