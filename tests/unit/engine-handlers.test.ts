import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createScanHandlers } from '../../lib/background/scan-handlers';
import { createRouter } from '../../lib/background/router';
import { makeTestDb } from './helpers/test-db';
import { miniDataset } from '../fixtures/linking/mini-dataset';
import type { OwnEvent } from '../../data/db';
import type { LinkedEvent, TextFeatures } from '../../core/types';

function setup() {
  const db = makeTestDb();
  const scan = createScanHandlers({ db: () => db, data: miniDataset, version: 'test-v1' });
  const route = createRouter(scan.handlers);
  const send = async <T>(lens: string, payload: unknown): Promise<T> => {
    const reply = (await route({ lens, payload }, {})) as { ok: boolean; value: T; error?: string };
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
  return { db, scan, send };
}

const own = (id: string, updatedAt: number): OwnEvent => ({
  id, date: '2024-07-03', kind: 'meeting', title: 'Astana talks (my note)', summary: 'Met in Astana.', entities: ['xi-jinping', 'vladimir-putin'],
  keywords: ['Astana talks'], sources: [], own: true, createdAt: 1, updatedAt,
});

describe('scan handlers (real Dexie on fake-indexeddb)', () => {
  it("tells whether its engine is built ('prepare-engine' and a tab's loading need not read anything then)", async () => {
    const { db, scan } = setup();
    // Creating the database signals every table as written (Dexie's 'storagemutated'): open it first.
    await db.open();
    await new Promise((r) => setTimeout(r, 20));
    expect(scan.isReady()).toBe(false);
    await scan.engine();
    expect(scan.isReady()).toBe(true);
    // A reader's own event written: the engine must be built again before it counts as ready.
    await db.ownEvents.put(own('2024-07-03-astana-note', 5));
    await new Promise((r) => setTimeout(r, 20));
    expect(scan.isReady()).toBe(false);
    await scan.engine();
    expect(scan.isReady()).toBe(true);
  });

  it('analyzes chunks, summarizes the merged page and answers a card', async () => {
    const { send } = setup();
    const a = 'Putin and Xi Jinping last met in Samarkand ';
    const b = 'in September 2022, by video link later.';
    const fa = await send<TextFeatures>('analyze-chunk', { text: a, published: '2023-03-17' });
    const fb = await send<TextFeatures>('analyze-chunk', { text: b, published: '2023-03-17' });
    const shift = <T extends { start: number; end: number }>(xs: T[], k: number) => xs.map((x) => ({ ...x, start: x.start + k, end: x.end + k }));
    const features: TextFeatures = {
      references: [...fa.references, ...shift(fb.references, a.length)],
      dates: [...fa.dates, ...shift(fb.dates, a.length)],
      cues: [...fa.cues, ...shift(fb.cues, a.length)],
      length: a.length + b.length,
    };
    const page = await send<{ events: LinkedEvent[]; references: unknown[] }>('summarize-page', { features, published: '2023-03-17' });
    expect(page.events[0].id).toBe('2022-09-15-samarkand');
    expect(page.references.length).toBeGreaterThanOrEqual(3);
    const card = await send<{ entity: { id: string }; events: { id: string }[] } | null>('entity-card', { entityId: 'samarkand', features, published: '2023-03-17' });
    expect(card?.entity.id).toBe('samarkand');
    expect(card?.events.map((e) => e.id)).toEqual(['2022-09-15-samarkand']);
    expect(await send('entity-card', { entityId: 'no-such-entity' })).toBeNull();
  });

  it("includes the reader's own events and rebuilds the engine when they change", async () => {
    const { db, scan, send } = setup();
    const first = await scan.engine();
    expect(await scan.engine()).toBe(first); // cached
    const text = 'Xi Jinping and Vladimir Putin held the Astana talks.';
    const before = await send<{ events: LinkedEvent[] }>('summarize-page', { features: await send('analyze-chunk', { text, published: '2024-08-01' }), published: '2024-08-01' });
    expect(before.events.find((e) => e.id === 'own-astana')).toBeUndefined();

    await db.ownEvents.put(own('own-astana', 100));
    const rebuilt = await scan.engine();
    expect(rebuilt).not.toBe(first);
    const features = await send<TextFeatures>('analyze-chunk', { text, published: '2024-08-01' });
    const after = await send<{ events: LinkedEvent[] }>('summarize-page', { features, published: '2024-08-01' });
    expect(after.events.find((e) => e.id === 'own-astana')).toMatchObject({ own: true });

    await db.ownEvents.put({ ...own('own-astana', 200), title: 'Astana talks, edited' });
    const again = await scan.engine();
    expect(again).not.toBe(rebuilt);
    expect(again.events.find((e) => e.id === 'own-astana')?.title).toBe('Astana talks, edited');
  });

  it('a fresh handler table (a woken service worker) builds its own engine', async () => {
    const { db } = setup();
    const one = createScanHandlers({ db: () => db, data: miniDataset, version: 'v' });
    const two = createScanHandlers({ db: () => db, data: miniDataset, version: 'v' });
    expect(await one.engine()).not.toBe(await two.engine());
  });
});
