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

/**
 * What is read from one table, kept until a write to it (anywhere, see `onTableWrite`). `get` gives the kept
 * value at once; one older than `recheckMs` is still given, and read again behind it, in case a write's signal
 * never came. A read a write overtook is returned to its caller but not kept. `peek`: the kept value, no read.
 */
export function keptRead<T>(dbName: () => string, table: string, read: () => Promise<T>, recheckMs: number) {
  let kept: { value: T; at: number } | undefined;
  let reading: Promise<T> | undefined;
  let writes = 0;
  onTableWrite(dbName, table, () => {
    writes++;
    kept = undefined;
  });
  function fresh(): Promise<T> {
    if (reading) return reading;
    const before = writes;
    reading = read()
      .then((value) => {
        if (writes === before) kept = { value, at: Date.now() };
        return value;
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  }
  return {
    get(): Promise<T> {
      if (!kept) return fresh();
      if (Date.now() - kept.at > recheckMs) void fresh().catch(() => undefined);
      return Promise.resolve(kept.value);
    },
    peek: (): T | undefined => kept?.value,
  };
}
