/** 'Add this article as an event': an own event citing a page is linked on that page (real scan handlers, real Dexie). */
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LensDB } from '../../data/db';
import { createScanHandlers } from '../../lib/background/scan-handlers';
import { saveOwnEvent } from '../../data/user-data/own-events';
import { setFeedback } from '../../data/user-data/feedback';
import { tinyDataset } from './helpers/test-db';

const noFeatures = { references: [], dates: [], cues: [], length: 0 };

describe('own events added from a page', () => {
  it('are linked on that page, first and as what it is about, and on no other page', async () => {
    const factory = new IDBFactory();
    const name = `own-links-${Math.random().toString(36).slice(2)}`;
    const db = new LensDB(name, { indexedDB: factory, IDBKeyRange });
    await db.open();
    const scan = createScanHandlers({ db: () => db, data: tinyDataset, version: 'v1' });
    const summarize = (url: string) => scan.handlers['summarize-page']!({ features: noFeatures, url }, {}) as Promise<{ events: { id: string; tier?: string; own?: boolean }[] }>;

    expect((await summarize('https://news.example/world/talks')).events).toEqual([]);
    const saved = await saveOwnEvent(db, { date: '2024-05-16', kind: 'meeting', title: 'Talks in Beijing', summary: '', entities: ['xi-jinping'], sources: ['https://news.example/world/talks?utm_source=x#top'] });
    const onPage = await summarize('https://news.example/world/talks/');
    expect(onPage.events[0]).toMatchObject({ id: saved.id, tier: 'about', own: true });
    expect((await summarize('https://news.example/world/other')).events.map((e) => e.id)).not.toContain(saved.id);

    // 'Not this event' on the page still hides it.
    await setFeedback(db, 'https://news.example/world/talks', 'not-event', true, saved.id);
    expect((await summarize('https://news.example/world/talks')).events.map((e) => e.id)).not.toContain(saved.id);
    db.close();
  });
});
