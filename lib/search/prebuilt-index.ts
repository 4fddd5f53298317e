/**
 * The search index shipped with the extension (scripts/search-index-asset.ts writes it at build time):
 * fetched from the extension's own files, never from the network, and used only when it was built from
 * the dataset version the database holds. The reader's own events are not in it: EventSearch merges them in.
 */
import type { SearchSnapshot } from './event-search';
import { snapshotFromBytes } from './snapshot-bytes';

export const PREBUILT_INDEX_FILE = 'search-index.bin';

/** The shipped snapshot for `datasetVersion`, or null (no file, another version, unreadable). */
export async function fetchPrebuiltIndex(url: string, datasetVersion: string, fetchFn: typeof fetch = fetch): Promise<SearchSnapshot | null> {
  try {
    const res = await fetchFn(url);
    if (!res.ok) return null;
    return snapshotFromBytes(await res.arrayBuffer(), datasetVersion);
  } catch {
    return null;
  }
}
