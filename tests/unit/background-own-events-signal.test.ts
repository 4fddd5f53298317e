import { describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LensDB, type OwnEvent } from '../../data/db';
import { createScanHandlers } from '../../lib/background/scan-handlers';
import { tinyDataset } from './helpers/test-db';

const own = (id: string, updatedAt: number): OwnEvent => ({
  id, date: '2024-07-03', kind: 'meeting', title: 'Astana talks (my note)', summary: 'Met in Astana.', entities: ['xi-jinping', 'vladimir-putin'],
  keywords: ['Astana talks'], sources: [], own: true, createdAt: 1, updatedAt,
});

describe("scan handlers and the reader's own events", () => {
  it('answers from the cached engine without reading the database, and rebuilds after a write from another page', async () => {
    const factory = new IDBFactory();
    const name = `signal-${Math.random().toString(36).slice(2)}`;
    const background = new LensDB(name, { indexedDB: factory, IDBKeyRange });
    // The options page: its own Dexie instance on the same database.
    const options = new LensDB(name, { indexedDB: factory, IDBKeyRange });
    // The database exists already (seeded at install): creating it signals every table once.
    await background.open();
    await options.open();
    const scan = createScanHandlers({ db: () => background, data: tinyDataset, version: 'v1' });
    const reads = vi.spyOn(background.ownEvents, 'toArray');

    const first = await scan.engine();
    expect(reads).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) expect(await scan.engine()).toBe(first);
    expect(reads).toHaveBeenCalledTimes(1);

    await options.ownEvents.put(own('own-astana', 100));
    const rebuilt = await scan.engine();
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.events.some((e) => e.id === 'own-astana')).toBe(true);
    expect(reads).toHaveBeenCalledTimes(2);

    // A write to another table leaves the engine alone.
    await options.notes.put({ id: 'n1', targetType: 'event', targetId: 'x', text: 'note', createdAt: 1, updatedAt: 1 });
    expect(await scan.engine()).toBe(rebuilt);

    await options.ownEvents.delete('own-astana');
    const after = await scan.engine();
    expect(after.events.some((e) => e.id === 'own-astana')).toBe(false);
  });
});
