/**
 * A reader's own events on top of the shipped search index (issue 16, "Scale stays fast"): the popup
 * loads the index shipped for the bundled events and merges the own events in instead of building the
 * whole index. On the real dataset in real Dexie (fake-indexeddb), through the popup's own loading code,
 * the result must be the index a full build over bundled + own events makes: the same stored numbers,
 * and the same hits, scores, order and marked terms for queries in EN/ZH/RU, by date and by name,
 * including words the own events make less rare. Edits and deletions of own events are reflected.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataset, DATASET_VERSION } from '../../data/dataset';
import type { LensDB, OwnEvent } from '../../data/db';
import { seedDatabase } from '../../data/seed';
import { readBundled } from '../../data/bundled-store';
import { loadLensData, prepareWhenIdle, type LensData } from '../../entrypoints/popup/load-lens-data';
import { SEARCH_INDEX_KEY } from '../../entrypoints/popup/search-index-cache';
import { EventSearch, byDateDesc } from '../../lib/search/event-search';
import { CompactIndex } from '../../lib/search/compact-index';
import { fxEntities, fxEvents } from '../fixtures/search-fixture';
import { snapshotFromBytes } from '../../lib/search/snapshot-bytes';
import { prebuiltIndexBytes } from '../../scripts/search-index-asset';
import { makeTestDb } from './helpers/test-db';

const QUERIES = [
  'Samarkand',
  'samarkand notes',
  'putin moscow',
  'xi jinping state visit',
  'power of sib',
  'gas pipeline',
  'fair',
  'my notes',
  'cooperation group',
  'Lavrov',
  'Wang Yi',
  'Путин',
  'Путин Харбин',
  'Лавров',
  'Сила Сибири',
  'Благовещенск мост',
  '普京',
  '哈尔滨',
  '上合组织',
  '天然气',
  '1969 border',
  '2019',
  '2024 harbin',
  'sa',
  'пу',
];

/** Everything a reader sees of a query: hits in order, scores, marked terms, how many, the names found. */
const answer = (s: EventSearch, q: string) => {
  const r = s.search(q, {}, Infinity);
  return { total: r.total, entities: r.entities, hits: r.hits.map((h) => `${h.event.id} ${h.score} ${[...h.terms].sort().join(',')}`) };
};

const TEXTS: { title: string; summary: string; keywords?: string[]; entities: string[] }[] = [
  { title: 'My notes from the Samarkand summit', summary: 'Samarkand: what Xi and Putin said about the SCO.', entities: ['xi-jinping', 'vladimir-putin', 'sco'] },
  { title: 'Harbin trade fair visit', summary: 'Stands from Heilongjiang and the Russian Far East at the Harbin fair.', keywords: ['Harbin fair'], entities: ['harbin'] },
  { title: 'Gas pipeline talks, as I followed them', summary: 'Gazprom and the Power of Siberia pipeline, price still open.', entities: ['gazprom', 'power-of-siberia'] },
  { title: '哈尔滨中俄博览会笔记', summary: '普京和习近平的讲话，天然气合作和上合组织。', entities: ['harbin', 'vladimir-putin'] },
  { title: 'Путин и Си Цзиньпин в Харбине', summary: 'Заметки о визите в Харбин, Сила Сибири и Лавров.', entities: ['vladimir-putin', 'xi-jinping', 'sergey-lavrov'] },
  { title: 'Благовещенск: новый мост через Амур', summary: 'Мост Благовещенск — Хэйхэ, грузы и пассажиры.', entities: ['blagoveshchensk-heihe-bridge'] },
  { title: 'Wang Yi and Lavrov, my summary', summary: 'The foreign ministers on the border and the SCO.', entities: ['wang-yi', 'sergey-lavrov', 'my-own-cooperation-group'] },
  { title: 'Samarkand notes, second reading', summary: 'Reading again what was signed; samarkand sa sa.', entities: ['my-own-cooperation-group'] },
  { title: '1969 border clashes: my reading list', summary: 'Damansky island and the border in 1969.', entities: [] },
  { title: 'Moscow, a state visit I watched', summary: 'Xi Jinping state visit to Moscow, notes on the talks with Putin.', entities: ['xi-jinping', 'vladimir-putin', 'moscow'] },
];
const DATES = ['2019-06-05', '2024-05-16', '1969-03-02', '2022-09-15', '2023-03-21', '2019', '2024-05'];

function ownEvents(n: number): OwnEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const t = TEXTS[i % TEXTS.length];
    const round = Math.floor(i / TEXTS.length);
    return {
      id: `own-${i}`,
      date: DATES[i % DATES.length],
      kind: 'meeting',
      title: round ? `${t.title} (${round + 1})` : t.title,
      summary: t.summary,
      ...(t.keywords ? { keywords: t.keywords } : {}),
      entities: t.entities,
      sources: [],
      own: true,
      createdAt: i,
      updatedAt: i,
    };
  });
}

const shippedBytes = prebuiltIndexBytes();
const shipped = vi.fn(async (version: string) => snapshotFromBytes(shippedBytes.slice().buffer, version));
const noPing = () => Promise.resolve(undefined as never);

/** What a build over everything the database holds makes: the reference the popup must equal. */
async function fullBuild(db: LensDB): Promise<EventSearch> {
  const own = (await db.ownEvents.toArray()).map((e) => ({ ...e, own: true }));
  const bundled = await readBundled(db);
  return new EventSearch([...bundled.events, ...own], bundled.entities).prepare();
}

async function prepared(data: LensData, db: LensDB): Promise<LensData> {
  prepareWhenIdle(data, db, shipped);
  await vi.waitFor(() => expect(data.search.isPrepared).toBe(true), { timeout: 20_000 });
  return data;
}

async function expectSameAsBuild(data: LensData, db: LensDB) {
  const reference = await fullBuild(db);
  // The stored numbers first (postings, lengths, vocabulary): equal here means equal for any query.
  expect(data.search.toSnapshot()).toEqual(reference.toSnapshot());
  for (const q of QUERIES) expect(answer(data.search, q), q).toEqual(answer(reference, q));
}

describe('own events merged into the shipped search index', () => {
  let db: LensDB;
  beforeAll(async () => {
    db = makeTestDb();
    await seedDatabase(db, dataset, DATASET_VERSION);
  }, 60_000);
  afterAll(() => db.close());

  async function withOwn(n: number): Promise<LensData> {
    await db.transaction('rw', db.ownEvents, db.meta, async () => {
      await db.ownEvents.clear();
      await db.meta.delete(SEARCH_INDEX_KEY);
      await db.ownEvents.bulkPut(ownEvents(n));
    });
    return prepared(await loadLensData(db, noPing), db);
  }

  it.each([0, 1, 30])('with %i own events: the shipped index (plus them) answers exactly as a full build', async (n) => {
    shipped.mockClear();
    const data = await withOwn(n);
    expect(shipped).toHaveBeenCalledWith(DATASET_VERSION);
    expect(data.own).toBe(n);
    expect(data.search.preparedFrom).toBe(n === 0 ? 'stored' : 'overlay');
    await expectSameAsBuild(data, db);
    if (n > 0) {
      // The own events are found, by their words and in all three languages.
      const ids = (q: string) => data.search.search(q, {}, Infinity).hits.map((h) => h.event.id);
      expect(ids('samarkand notes')).toContain('own-0');
      if (n > 4) {
        expect(ids('哈尔滨')).toContain('own-3');
        expect(ids('Харбин')).toContain('own-4');
      }
    }
  }, 120_000);

  it('an overlaid index is stored: the next popup with the same own events loads it as it is', async () => {
    const data = await withOwn(1);
    await vi.waitFor(async () => expect(((await db.meta.get(SEARCH_INDEX_KEY))?.value as { signature?: string })?.signature).toBe(data.signature), {
      timeout: 20_000,
    });
    const next = await loadLensData(db, noPing);
    expect(next.storedIndex).toBe(true);
    next.search.prepare();
    expect(next.search.preparedFrom).toBe('stored');
    await expectSameAsBuild(next, db);
  }, 120_000);

  // The Saved tab's edits reach an open popup through watchOwnEvents (a Dexie liveQuery, which does not
  // fire under fake-indexeddb here); it assembles the data as a fresh load does when no stored index fits
  // the new own events, so the next load stands for both.
  it('an own event edited or deleted is reflected, still equal to a full build', async () => {
    await withOwn(30);
    const edited = { ...(await db.ownEvents.get('own-0'))!, title: 'Vostochny cosmodrome, my visit', updatedAt: 1000 };
    await db.ownEvents.put(edited);
    const afterEdit = await prepared(await loadLensData(db, noPing), db);
    expect(afterEdit.search.preparedFrom).toBe('overlay');
    expect(afterEdit.search.search('vostochny').hits.map((h) => h.event.id)).toContain('own-0');
    expect(afterEdit.search.search('my notes from the samarkand summit', {}, Infinity).hits.map((h) => h.event.id)).not.toContain('own-0');
    await expectSameAsBuild(afterEdit, db);

    await db.ownEvents.delete('own-6');
    const afterDelete = await prepared(await loadLensData(db, noPing), db);
    expect(afterDelete.own).toBe(29);
    expect(afterDelete.search.preparedFrom).toBe('overlay');
    expect(afterDelete.search.byId.has('own-6')).toBe(false);
    expect(afterDelete.search.search('wang yi lavrov my summary', {}, Infinity).hits.map((h) => h.event.id)).not.toContain('own-6');
    await expectSameAsBuild(afterDelete, db);
  }, 180_000);
});

describe('CompactIndex.merge', () => {
  const options = { fields: ['title', 'summary'], tokenize: (t: string) => t.toLowerCase().split(/\W+/).filter(Boolean), processTerm: (t: string) => t };
  const docs = [...fxEvents].sort(byDateDesc).map((e) => ({ id: e.id, title: e.title, summary: e.summary }));

  it('of two interleaved halves equals the build of all, number for number', () => {
    const all = CompactIndex.build(docs, options);
    for (const pick of [(i: number) => i % 2 === 0, (i: number) => i % 3 === 1, (i: number) => i < 2, () => true]) {
      const a = CompactIndex.build(docs.filter((_, i) => pick(i)), options);
      const b = CompactIndex.build(docs.filter((_, i) => !pick(i)), options);
      const merged = CompactIndex.merge(a, b, docs.map((d) => d.id), options);
      expect(merged.toData()).toEqual(all.toData());
      expect(merged.search('samarkand summit')).toEqual(all.search('samarkand summit'));
    }
  });

  it('refuses an order that is not one of both (missing, twice, or a side out of its own order)', () => {
    const a = CompactIndex.build(docs.slice(0, 3), options);
    const b = CompactIndex.build(docs.slice(3), options);
    const ids = docs.map((d) => d.id);
    expect(() => CompactIndex.merge(a, b, ids.slice(1), options)).toThrow();
    expect(() => CompactIndex.merge(a, b, [...ids.slice(0, -1), ids[0]], options)).toThrow();
    expect(() => CompactIndex.merge(a, b, [ids[1], ids[0], ...ids.slice(2)], options)).toThrow(/order/);
  });

  it('an own event naming an entity the dataset lacks: the entity index gains it, as a build would', () => {
    const own = { ...fxEvents[0], id: 'own-x', title: 'Lunch with the cooperation group', entities: ['my-cooperation-group'], own: true };
    const shipped = new EventSearch(fxEvents, fxEntities).toSnapshot();
    const overlaid = new EventSearch([...fxEvents, own], fxEntities, structuredClone(shipped)).prepare();
    expect(overlaid.preparedFrom).toBe('overlay');
    const built = new EventSearch([...fxEvents, own], fxEntities).prepare();
    expect(overlaid.toSnapshot()).toEqual(built.toSnapshot());
    expect(overlaid.search('cooperation group').hits.map((h) => h.event.id)).toEqual(['own-x']);
  });
});

