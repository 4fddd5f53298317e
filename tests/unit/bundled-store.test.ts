import { describe, expect, it } from 'vitest';
import type { Event } from '../../core/types';
import { dataset } from '../../data/dataset';
import { bundledCounts, bundledEntities, bundledEvent, bundledEvents, bundledParts, entitiesByIds, eventsByIds, PART_SIZE, readBundled } from '../../data/bundled-store';
import { seedDatabase } from '../../data/seed';
import { makeTestDb } from './helpers/test-db';

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the bundled dataset as parts', () => {
  it('splits each kind, sorted by id, into parts of PART_SIZE rows keyed by their first id', () => {
    const parts = bundledParts(dataset);
    const events = parts.filter((p) => p.kind === 'events');
    expect(events.length).toBe(Math.ceil(dataset.events.length / PART_SIZE));
    expect(events.flatMap((p) => p.rows as Event[])).toEqual(byId(dataset.events));
    for (const p of parts) {
      expect(p.key).toBe(`${p.kind}/${p.rows[0]!.id}`);
      expect(p.rows.length).toBeLessThanOrEqual(PART_SIZE);
    }
    expect(events.map((p) => p.start)).toEqual(events.map((_, i) => i * PART_SIZE));
    expect(() => bundledParts({ events: [{ id: '' } as never], entities: [] })).toThrow(/no id/);
  });

  it('reads back every row, by kind, by id and as counts after seeding the real dataset', async () => {
    const db = makeTestDb();
    await seedDatabase(db, dataset, 'v');
    // Many records fewer than rows: the point of the parts.
    expect(await db.bundledParts.count()).toBe(Math.ceil(dataset.events.length / PART_SIZE) + Math.ceil(dataset.entities.length / PART_SIZE));
    expect(await bundledEvents(db)).toEqual(byId(dataset.events));
    expect(await bundledEntities(db)).toEqual(byId(dataset.entities));
    expect(await readBundled(db)).toEqual({ events: byId(dataset.events), entities: byId(dataset.entities) });
    expect(await bundledCounts(db)).toEqual({ events: dataset.events.length, entities: dataset.entities.length });
    // Ids from every part, the first and last id of each kind, ids that sort before, between and after them.
    const sample = dataset.events.filter((_, i) => i % 97 === 0);
    const sorted = byId(dataset.events);
    const ids = [sorted[0]!.id, ...sample.map((e) => e.id), 'zzzz-none', '0000-none', `${sorted[PART_SIZE]!.id}-none`, sorted.at(-1)!.id];
    const expected = ids.map((id) => dataset.events.find((e) => e.id === id));
    expect(await eventsByIds(db, ids)).toEqual(expected);
    expect(await bundledEvent(db, sorted[PART_SIZE]!.id)).toEqual(sorted[PART_SIZE]);
    const entityIds = dataset.entities.filter((_, i) => i % 50 === 0).map((e) => e.id);
    expect(await entitiesByIds(db, [...entityIds, 'no-such-entity'])).toEqual([...entityIds.map((id) => dataset.entities.find((e) => e.id === id)), undefined]);
    expect(await eventsByIds(db, [])).toEqual([]);
  });

  it('a reseed replaces every part: no part of the old dataset is left behind', async () => {
    const db = makeTestDb();
    await seedDatabase(db, dataset, 'v1');
    const smaller = { events: dataset.events.slice(0, 5), entities: dataset.entities.slice(0, 3) };
    await seedDatabase(db, smaller, 'v2');
    expect(await readBundled(db)).toEqual({ events: byId(smaller.events), entities: byId(smaller.entities) });
    expect(await bundledCounts(db)).toEqual({ events: 5, entities: 3 });
    expect(await bundledEvent(db, byId(dataset.events).at(-1)!.id)).toBe(smaller.events.find((e) => e.id === byId(dataset.events).at(-1)!.id));
  });
});
