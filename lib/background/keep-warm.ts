/**
 * Chrome stops an idle MV3 service worker after ~30 s, and a woken one rebuilds the engine
 * (~0.5–1 s before the first highlights). A reader reads an article for a few minutes and then
 * opens the next: keep the worker alive for a bounded while after the last page it served, so
 * that next page finds the engine warm. An extension API call resets Chrome's idle timer
 * (Chrome 110+); after `windowMs` without pages the calls stop and Chrome may stop the worker.
 */
import { browser } from 'wxt/browser';

/** Long enough for reading one article; the worker's memory is held no longer than this. */
export const KEEP_WARM_MS = 5 * 60_000;
/** Below Chrome's 30 s idle limit with room for a busy machine. */
const TICK_MS = 20_000;

export function createKeepWarm(windowMs = KEEP_WARM_MS, ping: () => Promise<unknown> = () => browser.runtime.getPlatformInfo()) {
  let until = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    if (Date.now() >= until) {
      clearInterval(timer);
      timer = undefined;
      return;
    }
    void ping().catch(() => undefined);
  };
  return {
    /** A page was served: stay warm for another window. */
    touch() {
      until = Date.now() + windowMs;
      timer ??= setInterval(tick, TICK_MS);
    },
    get active() {
      return timer !== undefined;
    },
  };
}
