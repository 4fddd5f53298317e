/**
 * 'Not this event' and 'Not a China–Russia page': stored in Dexie (fake-indexeddb), exported and
 * imported with the reader's data, and applied by the background the next time the page is summarized.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LensDB } from '../../data/db';
import { seedDatabase } from '../../data/seed';
import { feedbackFor, pageKey, setFeedback } from '../../data/user-data/feedback';
import { buildExport } from '../../data/user-data/export-file';
import { applyImport, parseImport } from '../../data/user-data/import-file';
import { ValidationError } from '../../data/user-data/problems';
import { createScanHandlers } from '../../lib/background/scan-handlers';
import { makeTestDb, tinyDataset } from './helpers/test-db';

const PAGE = 'https://news.example/world/2023/03/xi-in-moscow';
const TEXT = 'Xi Jinping arrived in Moscow on 20 March 2023 for a state visit and talks with Vladimir Putin. Xi Jinping and Vladimir Putin last met in Samarkand in September 2022.';

describe('reader feedback on pages', () => {
  let db: LensDB;
  beforeEach(async () => {
    db = makeTestDb();
    await seedDatabase(db, tinyDataset, 'v1');
  });

  it('keys a page by origin and path, so a shared link with a query or anchor is the same page', () => {
    expect(pageKey(`${PAGE}?utm_source=x#comments`)).toBe(PAGE);
    expect(pageKey(`${PAGE}/`)).toBe(PAGE);
    expect(pageKey('chrome://extensions')).toBeUndefined();
    expect(pageKey('not a url')).toBeUndefined();
  });

  it('stores, repeats harmlessly and withdraws verdicts', async () => {
    await setFeedback(db, PAGE, 'not-event', true, '2022-09-15-samarkand', 10);
    await setFeedback(db, `${PAGE}#x`, 'not-event', true, '2022-09-15-samarkand', 11);
    expect(await db.feedback.count()).toBe(1);
    expect(await feedbackFor(db, PAGE)).toEqual({ hiddenEvents: ['2022-09-15-samarkand'], notSinoRussian: false });
    expect(await feedbackFor(db, 'https://news.example/other')).toEqual({ hiddenEvents: [], notSinoRussian: false });
    await setFeedback(db, PAGE, 'not-event', false, '2022-09-15-samarkand');
    expect(await db.feedback.count()).toBe(0);
    expect(await setFeedback(db, PAGE, 'not-event', true)).toBe(false); // no event id
  });

  it('changes what the page shows the next time it is summarized', async () => {
    const scan = createScanHandlers({ db: () => db, data: tinyDataset, version: 'v1', storeDelayMs: 0 });
    const features = await scan.handlers['analyze-chunk']!({ text: TEXT, published: '2023-03-21' }, {} as never);
    const summarize = () => scan.handlers['summarize-page']!({ features, published: '2023-03-21', url: PAGE }, {} as never);
    const before = await summarize();
    expect(before.events.map((e) => e.id)).toContain('2022-09-15-samarkand');
    expect(before.sinoRussian).toBe(true);

    await setFeedback(db, PAGE, 'not-event', true, '2022-09-15-samarkand');
    const after = await summarize();
    expect(after.events.map((e) => e.id)).not.toContain('2022-09-15-samarkand');
    expect(after.events.map((e) => e.id)).toContain('2023-03-20-moscow');
    expect(after.hidden).toEqual(['2022-09-15-samarkand']);

    await setFeedback(db, PAGE, 'not-sino-russian', true);
    const rejected = await summarize();
    expect(rejected.sinoRussian).toBe(false);
    expect(rejected.readerSaysNot).toBe(true);
    await scan.snapshotStored();
  });

  it('a page without verdicts is summarized without reading them; one given since is read', async () => {
    await setFeedback(db, 'https://news.example/other', 'not-sino-russian', true);
    const scan = createScanHandlers({ db: () => db, data: tinyDataset, version: 'v1', storeDelayMs: 0 });
    const features = await scan.handlers['analyze-chunk']!({ text: TEXT, published: '2023-03-21' }, {} as never);
    const summarize = () => scan.handlers['summarize-page']!({ features, published: '2023-03-21', url: PAGE }, {} as never);
    expect((await summarize()).sinoRussian).toBe(true);
    const byPage = vi.spyOn(db.feedback, 'where');
    expect((await summarize()).sinoRussian).toBe(true);
    expect(byPage).not.toHaveBeenCalled();
    await setFeedback(db, PAGE, 'not-sino-russian', true);
    expect((await summarize()).readerSaysNot).toBe(true);
    expect(byPage).toHaveBeenCalled();
    await scan.snapshotStored();
  });

  it('travels in the export file and comes back on import', async () => {
    await setFeedback(db, PAGE, 'not-event', true, '2022-09-15-samarkand', 10);
    await setFeedback(db, 'https://news.example/sport/hockey', 'not-sino-russian', true, undefined, 12);
    const file = await buildExport(db, {});
    expect(file.feedback).toHaveLength(2);
    await db.feedback.clear();
    const summary = await applyImport(db, parseImport(JSON.stringify(file)));
    expect(summary.feedback).toBe(2);
    expect(await feedbackFor(db, PAGE)).toEqual({ hiddenEvents: ['2022-09-15-samarkand'], notSinoRussian: false });
    expect((await feedbackFor(db, 'https://news.example/sport/hockey')).notSinoRussian).toBe(true);
  });

  it('refuses malformed feedback rows by place and changes nothing', async () => {
    const file = { format: 'china-russia-lens-export', version: 1, exportedAt: 'x', notes: [], saved: [], ownEvents: [], feedback: [{ kind: 'not-event', page: PAGE, createdAt: 1 }, { kind: 'maybe', page: PAGE, createdAt: 1 }] };
    let err: unknown;
    try {
      parseImport(JSON.stringify(file));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).message).toMatch(/feedback\[0\]: eventId must be an event id/);
    expect((err as ValidationError).message).toMatch(/feedback\[1\]: kind must be/);
    expect(await db.feedback.count()).toBe(0);
  });
});
