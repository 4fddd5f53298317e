/**
 * Loads the dataset for the popup straight from the extension's IndexedDB (same origin as the background).
 * The ping first makes sure the background has seeded it; if the background is asleep or failing we still
 * read whatever the database holds.
 */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { getDb, type LensDB, type OwnEvent } from '../../data/db';
import type { Entity, Event } from '../../core/types';
import { EventSearch, type SearchSnapshot } from '../../lib/search/event-search';
import { fetchPrebuiltIndex, PREBUILT_INDEX_FILE } from '../../lib/search/prebuilt-index';
import { sendToBackground } from '../../lib/send-message';
import { DATASET_VERSION_KEY } from '../../data/seed';
import { rowsFromParts } from '../../data/bundled-store';
import { SEARCH_INDEX_KEY, signatureOf, snapshotFor, storeIndex } from './search-index-cache';
import { takeEarlyRead, type RawRead } from './early-db-read';

export interface LensData {
  search: EventSearch;
  bundled: number;
  own: number;
  bundledEvents: Event[];
  entities: Entity[];
  /** Identifies the own events the index was built with, to tell a real change from a repeat. */
  ownKey: string;
  /** Dataset version and own events: what a stored index must have been made from to be used. */
  signature: string;
  /** A stored search index was made from this data (prepare() still drops it if it turns out corrupt). */
  storedIndex: boolean;
  datasetVersion: unknown;
}

const ownKeyOf = (own: OwnEvent[]) => own.map((e) => `${e.id}@${e.updatedAt}`).sort().join(' ');

function assemble(bundledEvents: Event[], own: OwnEvent[], entities: Entity[], datasetVersion: unknown, storedRow?: unknown): LensData {
  const ownEvents: Event[] = own.map((e) => ({ ...e, own: true }));
  const ownKey = ownKeyOf(own);
  const signature = signatureOf(datasetVersion, ownKey);
  const snapshot = snapshotFor(storedRow, signature);
  const search = new EventSearch([...bundledEvents, ...ownEvents], entities, snapshot);
  return { search, bundled: bundledEvents.length, own: own.length, bundledEvents, entities, ownKey, signature, storedIndex: !!snapshot, datasetVersion };
}

/**
 * The reader adds, edits and deletes own events in the popup's Saved tab: rebuild the search with them
 * so they are found and open in the detail view straight away. Returns the unsubscribe function.
 */
export function watchOwnEvents(data: LensData, onChange: (next: LensData) => void, db: LensDB = getDb()): () => void {
  let current = data.ownKey;
  const sub = liveQuery(() => db.ownEvents.toArray()).subscribe({
    next: (own) => {
      const key = ownKeyOf(own);
      if (key === current) return;
      current = key;
      onChange(assemble(data.bundledEvents, own, data.entities, data.datasetVersion));
    },
    error: () => undefined, // keep the index we have
  });
  return () => sub.unsubscribe();
}

type IdleFn = (cb: () => void, o?: { timeout: number }) => number;
const whenIdle = (fn: () => void, timeout: number) => {
  const idle = (globalThis as { requestIdleCallback?: IdleFn }).requestIdleCallback;
  if (idle) idle(fn, { timeout });
  else setTimeout(fn, 50);
};

const mark = (name: string) => performance.mark?.(`crlens:${name}`);

/** One read transaction, so the dataset version (and the stored index it keys) matches the rows read. */
async function read(db: LensDB) {
  const [parts, own, version, stored] = await db.transaction('r', [db.bundledParts, db.ownEvents, db.meta], () =>
    Promise.all([db.bundledParts.toArray(), db.ownEvents.toArray(), db.meta.get(DATASET_VERSION_KEY), db.meta.get(SEARCH_INDEX_KEY)]),
  );
  const { events, entities } = rowsFromParts(parts);
  return [events, own, entities, version, stored] as const;
}

/**
 * Reads the database (the early plain-IndexedDB read when main.tsx started one): usually it is seeded
 * already and the popup need not wait for a sleeping service worker. Only an empty database pings the
 * background at once and waits for the seeding; otherwise the ping (which makes sure the dataset is
 * current for next time) goes out when the popup is idle.
 */
export async function loadLensData(
  db: LensDB = getDb(),
  ping = () => sendToBackground('ping', {}),
  early: Promise<RawRead | null> | null = null,
): Promise<LensData> {
  // A failing background leaves whatever the database holds. With data in hand the ping waits for an idle
  // moment: waking the service worker (a large script) competes with the popup's first paint for the CPU.
  let pinged: Promise<unknown> | null = null;
  const pingOnce = () => (pinged ??= ping().catch(() => undefined));
  const raw = early && (await early);
  let [bundled, own, entities, version, stored] = raw ? [raw.events, raw.own, raw.entities, raw.version, raw.stored] : await read(db);
  mark(raw ? 'db-read-early' : 'db-read');
  if (bundled.length === 0) {
    await pingOnce();
    [bundled, own, entities, version, stored] = await read(db);
    mark('db-read-after-seed');
  }
  if (!pinged) whenIdle(() => void pingOnce(), 1000);
  return assemble(bundled, own, entities, version?.value, stored?.value);
}

let early: Promise<LensData> | null = null;

/** Starts reading the database before the first render (main.tsx), so the read overlaps parsing and painting. */
export function prefetchLensData(): void {
  early ??= loadLensData(undefined, undefined, takeEarlyRead());
  early.catch(() => undefined); // reported to whoever takes it
}

/** The prefetched read if there is one (once), else a fresh one. */
export function takeLensData(): Promise<LensData> {
  const p = early ?? loadLensData();
  early = null;
  return p;
}

/** The index shipped with the extension (lib/search/prebuilt-index.ts), read from its own files. */
function shippedIndex(datasetVersion: string): Promise<SearchSnapshot | null> {
  let url: string | undefined;
  try {
    // A generated file, not in public/: WXT's typed paths do not list it.
    url = (browser.runtime.getURL.bind(browser.runtime) as (path: string) => string)(`/${PREBUILT_INDEX_FILE}`);
  } catch {
    // not in an extension page (unit tests): build instead
  }
  return url ? fetchPrebuiltIndex(url, datasetVersion) : Promise.resolve(null);
}

/**
 * Gets the search index ready once the first rows are on screen (a query gets it sooner), and stores a
 * freshly built one for the next popup. With no stored index, the index shipped with the extension is
 * loaded rather than built: it holds the bundled events, and the reader's own events are merged into it
 * (EventSearch overlay: the same index a build makes, at the cost of indexing the own events). An
 * overlaid index is stored like a built one: the next popup with the same own events loads it as it is.
 */
export function prepareWhenIdle(data: LensData, db: LensDB = getDb(), shipped = shippedIndex): void {
  // Fetched at once, not when idle: a query typed before it arrives builds instead.
  const loading = useShippedIndex(data, shipped);
  whenIdle(async () => {
    await loading;
    data.search.prepare();
    whenIdle(() => data.search.prepareNames(), 1000);
    // Built or overlaid here: none was stored, or the stored one did not fit (corrupt) and is replaced.
    if (data.search.preparedFrom !== 'stored' && data.datasetVersion !== undefined) whenIdle(() => void storeIndex(db, data.signature, data.search), 2000);
  }, 300);
}

/** Hands the shipped index to the search when it can stand in for a build: no stored index (own events are merged in). */
async function useShippedIndex(data: LensData, shipped: (version: string) => Promise<SearchSnapshot | null>): Promise<void> {
  if (data.storedIndex || typeof data.datasetVersion !== 'string' || data.search.isPrepared) return;
  const snapshot = await shipped(data.datasetVersion);
  if (snapshot) {
    data.search.useSnapshot(snapshot);
    mark('shipped-index');
  }
}
