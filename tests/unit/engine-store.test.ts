/**
 * The background keeps the engine's automata in `meta` after a fresh build and a new worker
 * (new handlers, new data arrays: nothing cached in memory) restores them; a missing, foreign or
 * damaged row, or own events with new keywords, mean a fresh build, never a failure.
 */
import { describe, expect, it } from 'vitest';
import { createScanHandlers } from '../../lib/background/scan-handlers';
import { ENGINE_SNAPSHOT_KEY, loadEngineSnapshot } from '../../lib/background/engine-store';
import { makeTestDb } from './helpers/test-db';
import { miniDataset } from '../fixtures/linking/mini-dataset';
import type { LensDB, OwnEvent } from '../../data/db';

/** A woken worker: its own arrays, so the engine module's caches do not apply. */
const wake = (db: LensDB, version = 'v1') =>
  createScanHandlers({ db: () => db, data: { entities: [...miniDataset.entities], events: [...miniDataset.events] }, version, storeDelayMs: 0 });
const TEXT = 'Putin and Xi Jinping met in Samarkand by video link.';

describe('engine snapshot in meta', () => {
  it('stores after a fresh build; the next wake restores and answers the same', async () => {
    const db = makeTestDb();
    const first = wake(db);
    const e1 = await first.engine();
    expect(e1.restored).toBe(false);
    await first.snapshotStored();
    expect((await db.meta.get(ENGINE_SNAPSHOT_KEY))?.value).toBeTruthy();
    const second = wake(db);
    const e2 = await second.engine();
    expect(e2.restored).toBe(true);
    expect(e2.analyze(TEXT)).toEqual(e1.analyze(TEXT));
  });

  it('another dataset version, or a damaged row, builds fresh', async () => {
    const db = makeTestDb();
    const first = wake(db);
    await first.engine();
    await first.snapshotStored();
    expect(await loadEngineSnapshot(db, 'v2')).toBeUndefined();
    expect((await wake(db, 'v2').engine()).restored).toBe(false);
    const row = (await db.meta.get(ENGINE_SNAPSHOT_KEY))!;
    await db.meta.put({ key: ENGINE_SNAPSHOT_KEY, value: { ...(row.value as object), alias: { nonsense: true }, cues: 7 } });
    const e = await wake(db).engine();
    expect(e.restored).toBe(false);
    expect(e.analyze(TEXT).references.length).toBeGreaterThan(0);
  });

  it("own events with new keywords rebuild the cue automaton, and that is stored for the next wake", async () => {
    const db = makeTestDb();
    const first = wake(db);
    await first.engine();
    await first.snapshotStored();
    const own: OwnEvent = {
      id: 'own-1', date: '2024-07-03', kind: 'meeting', title: 'My note', summary: 'Met.', entities: ['xi-jinping', 'vladimir-putin'],
      keywords: ['Zzyzx accord'], sources: [], own: true, createdAt: 1, updatedAt: 2,
    };
    await db.ownEvents.put(own);
    const second = wake(db);
    const e2 = await second.engine();
    expect(e2.restored).toBe(false); // the alias automaton came back, the cues did not fit
    expect(e2.analyze('the Zzyzx accord').cues.some((c) => c.events?.includes('own-1'))).toBe(true);
    await second.snapshotStored();
    const e3 = await wake(db).engine();
    expect(e3.restored).toBe(true);
    expect(e3.analyze('the Zzyzx accord').cues.some((c) => c.events?.includes('own-1'))).toBe(true);
  });
});
