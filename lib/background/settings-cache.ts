/**
 * The reader's settings as the background last read them, kept while the worker lives and dropped whenever
 * they change (in any context): a page's early scan asks whether the lens is on for its site, and a read
 * per page would put a storage round trip in front of every first answer.
 */
import { getSettings, watchSettings, type Settings } from '../settings';

let cached: Promise<Settings> | undefined;
let unwatch: (() => void) | undefined;

export function currentSettings(): Promise<Settings> {
  unwatch ??= watchSettings((next) => {
    cached = Promise.resolve(next);
  });
  if (!cached) {
    const read = getSettings();
    cached = read;
    // A failed read is not kept: the next caller reads again.
    read.catch(() => {
      if (cached === read) cached = undefined;
    });
  }
  return cached;
}

/** Forgets the cache and stops watching (tests). */
export function resetSettingsCache(): void {
  unwatch?.();
  unwatch = undefined;
  cached = undefined;
}
