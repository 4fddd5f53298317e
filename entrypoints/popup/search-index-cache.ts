/**
 * The popup's search index, stored in the meta table so the next popup loads it instead of building it.
 * Keyed by the index format, the dataset version and the reader's own events: any change to those
 * makes the stored copy a stranger, and the popup builds (and stores) a fresh one.
 */
import type { LensDB } from '../../data/db';
import { SNAPSHOT_FORMAT, type EventSearch, type SearchSnapshot } from '../../lib/search/event-search';

import { SEARCH_INDEX_KEY } from './early-db-read';

export { SEARCH_INDEX_KEY };

interface StoredIndex {
  signature: string;
  /**
   * The snapshot as it is: a few strings and typed arrays, which IndexedDB clones as flat copies (far faster
   * than a JSON string of the same index to parse). A row from an older version held `json` instead; its
   * signature carries the older format, so it is never used.
   */
  index: SearchSnapshot;
}

export const signatureOf = (datasetVersion: unknown, ownKey: string) => `${SNAPSHOT_FORMAT}|${String(datasetVersion)}|${ownKey}`;

/**
 * The stored snapshot if it was made from exactly this data, else null. Its contents are checked when
 * the index is prepared: one that does not fit is dropped and the index built (EventSearch.prepare).
 */
export function snapshotFor(row: unknown, signature: string): SearchSnapshot | null {
  const stored = row as StoredIndex | undefined;
  if (!stored || stored.signature !== signature || typeof stored.index !== 'object' || stored.index === null) return null;
  return stored.index.format === SNAPSHOT_FORMAT ? stored.index : null;
}

/** Stores the built index; a failure (quota, closed database) only means the next popup builds again. */
export async function storeIndex(db: LensDB, signature: string, search: EventSearch): Promise<void> {
  try {
    const value: StoredIndex = { signature, index: search.toSnapshot() };
    await db.meta.put({ key: SEARCH_INDEX_KEY, value });
  } catch {
    // keep going without a stored index
  }
}
