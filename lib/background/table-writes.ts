/**
 * Calls back after every committed write to one Dexie table, wherever in the extension's origin it
 * happened: Dexie reports its own transactions and relays other contexts' (popup, options) over a
 * BroadcastChannel. Lets a cache drop what a write made stale instead of re-reading on every use.
 */
import Dexie from 'dexie';

export function onTableWrite(dbName: () => string, table: string, changed: () => void): () => void {
  const listener = (parts: Record<string, unknown>) => {
    const prefix = `idb://${dbName()}/${table}/`;
    for (const part of Object.keys(parts)) {
      if (part.startsWith(prefix)) return changed();
    }
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
