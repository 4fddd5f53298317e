/**
 * The search index shipped with the extension: its byte format round-trips to identical answers on the
 * real dataset, it is used only for its own dataset version and when the reader has no own events, and a
 * damaged file falls back to building.
 */
import { describe, expect, it, vi } from 'vitest';
import { dataset, DATASET_VERSION } from '../../data/dataset';
import { EventSearch } from '../../lib/search/event-search';
import { snapshotFromBytes, snapshotToBytes } from '../../lib/search/snapshot-bytes';
import { fetchPrebuiltIndex } from '../../lib/search/prebuilt-index';
import { prebuiltIndexBytes } from '../../scripts/search-index-asset';
import { seedDatabase } from '../../data/seed';
import { loadLensData, prepareWhenIdle } from '../../entrypoints/popup/load-lens-data';
import { makeTestDb } from './helpers/test-db';
import { fxEntities, fxEvents } from '../fixtures/search-fixture';

const QUERIES = ['Samarkand', 'samarcand', 'putin moscow', 'Путин', 'Сила Сибири', '普京', '上合', 'power of sib', 'xi jinping state visit', 'sa', 'пу', '1969 border'];
const answer = (s: EventSearch, q: string) => s.search(q, {}, Infinity).hits.map((h) => `${h.event.id} ${h.score} ${[...h.terms].sort().join(',')}`);
const buffer = (bytes: Uint8Array) => bytes.slice().buffer;

describe('the prebuilt search index file', () => {
  const built = new EventSearch(dataset.events, dataset.entities);
  const bytes = prebuiltIndexBytes();

  it('loads (no build) and answers exactly as the index built in place, on the real dataset', () => {
    const snapshot = snapshotFromBytes(buffer(bytes), DATASET_VERSION);
    expect(snapshot).not.toBeNull();
    const loaded = new EventSearch(dataset.events, dataset.entities, snapshot);
    for (const q of QUERIES) expect(answer(loaded, q), q).toEqual(answer(built, q));
    expect(loaded.preparedFrom).toBe('stored');
  });

  it('is not used for another dataset version, nor for events it holds that are not there; own events are merged in', () => {
    expect(snapshotFromBytes(buffer(bytes), 'another-version')).toBeNull();
    const withOwn = [...dataset.events, { ...dataset.events[0], id: 'own-1', title: 'My note', own: true }];
    const s = new EventSearch(withOwn, dataset.entities, snapshotFromBytes(buffer(bytes), DATASET_VERSION));
    expect(s.search('my note').hits.map((h) => h.event.id)).toContain('own-1');
    expect(s.preparedFrom).toBe('overlay');
    // One bundled event gone (another dataset under the same version): the file does not fit, so a build.
    const fewer = new EventSearch(withOwn.slice(1), dataset.entities, snapshotFromBytes(buffer(bytes), DATASET_VERSION));
    expect(fewer.search('my note').hits.map((h) => h.event.id)).toContain('own-1');
    expect(fewer.preparedFrom).toBe('built');
  });

  it('a damaged file is refused (an error or a dropped snapshot), and the search builds', () => {
    expect(() => snapshotFromBytes(buffer(bytes.subarray(0, bytes.length - 100)), DATASET_VERSION)).toThrow();
    expect(() => snapshotFromBytes(new ArrayBuffer(4), DATASET_VERSION)).toThrow();
    const flipped = bytes.slice();
    // One byte of the postings: caught by the checksum, not answered from.
    flipped[flipped.length - 4000] ^= 0x01;
    expect(() => snapshotFromBytes(buffer(flipped), DATASET_VERSION)).toThrow(/damaged/);
    expect(snapshotFromBytes(buffer(bytes), DATASET_VERSION)).not.toBeNull();
  });

  it('fetch: a missing file or a network error means no snapshot, not a failure', async () => {
    expect(await fetchPrebuiltIndex('x', DATASET_VERSION, async () => new Response(null, { status: 404 }))).toBeNull();
    expect(await fetchPrebuiltIndex('x', DATASET_VERSION, async () => Promise.reject(new Error('offline')))).toBeNull();
    const ok = await fetchPrebuiltIndex('x', DATASET_VERSION, async () => new Response(bytes.slice()));
    expect(ok?.format).toBeDefined();
  });
});

describe('the popup and the shipped index', () => {
  const noPing = () => Promise.resolve(undefined as never);
  const shippedFor = (version: string) => snapshotFromBytes(buffer(snapshotToBytes(new EventSearch(fxEvents, fxEntities).toSnapshot(), version)), version);

  it('with no stored index and no own events, loads the shipped one instead of building', async () => {
    const db = makeTestDb();
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'v1');
    const data = await loadLensData(db, noPing);
    const shipped = vi.fn(async (v: string) => shippedFor(v));
    prepareWhenIdle(data, db, shipped);
    await vi.waitFor(() => expect(data.search.isPrepared).toBe(true), { timeout: 5000 });
    expect(shipped).toHaveBeenCalledWith('v1');
    expect(data.search.preparedFrom).toBe('stored');
    expect(data.search.search('samarkand').hits.length).toBeGreaterThan(0);
  });

  it('with own events, loads the shipped one and merges them in (not a build), and finds them', async () => {
    const db = makeTestDb();
    await seedDatabase(db, { events: fxEvents, entities: fxEntities }, 'v1');
    await db.ownEvents.put({ ...fxEvents[0], id: 'own-1', title: 'My Samarkand note', own: true, createdAt: 1, updatedAt: 1 });
    const data = await loadLensData(db, noPing);
    const shipped = vi.fn(async (v: string) => shippedFor(v));
    prepareWhenIdle(data, db, shipped);
    await vi.waitFor(() => expect(data.search.isPrepared).toBe(true), { timeout: 5000 });
    expect(shipped).toHaveBeenCalledWith('v1');
    expect(data.search.preparedFrom).toBe('overlay');
    expect(data.search.search('samarkand').hits.map((h) => h.event.id)).toContain('own-1');
  });
});
