import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LensDB } from '../../data/db';
import { seedDatabase } from '../../data/seed';
import { saveNote } from '../../data/user-data/notes';
import { toggleSaved } from '../../data/user-data/saved';
import { saveOwnEvent } from '../../data/user-data/own-events';
import { saveQuote } from '../../data/user-data/quotes';
import { buildExport } from '../../data/user-data/export-file';
import { applyImport, parseImport } from '../../data/user-data/import-file';
import { ValidationError } from '../../data/user-data/problems';
import { eventsToCsv, eventsToIcs } from '../../data/user-data/calendar-formats';
import { makeTestDb, tinyDataset } from './helpers/test-db';

async function snapshot(db: LensDB) {
  return { notes: await db.notes.toArray(), saved: await db.saved.toArray(), own: await db.ownEvents.toArray(), quotes: await db.quotes.toArray() };
}

function importError(text: string): ValidationError {
  try {
    parseImport(text);
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  throw new Error('expected the import to be refused');
}

describe('export and import', () => {
  let db: LensDB;
  beforeEach(async () => {
    db = makeTestDb();
    await seedDatabase(db, tinyDataset, 'v1');
    await saveNote(db, { type: 'event', id: '2022-09-15-samarkand' }, 'Mentioned in class', 100);
    await toggleSaved(db, '2023-03-20-moscow', 200);
    await saveOwnEvent(db, { id: 'own-1', date: '2024-05-17', kind: 'trade', title: 'Expo visit "Harbin", day 1', summary: 'Line one\nline two; with, commas', entities: ['xi-jinping'], sources: ['https://example.org/expo'] }, 300);
    await saveQuote(db, { text: '  Both sides agreed\n\n  to expand   trade. ', url: 'https://news.example/a?x=1', title: 'Trade talks', published: '2024-05-16T08:00:00Z', note: 'key line' }, 400);
    await saveQuote(db, { text: '双方同意扩大贸易。', url: 'https://news.example/zh/b', title: '贸易会谈' }, Date.UTC(2026, 11, 7));
  });

  it('round-trips everything the reader made through an export file', async () => {
    const before = await snapshot(db);
    const file = await buildExport(db, { theme: 'dark' });
    expect(file.datasetVersion).toBe('v1');
    const text = JSON.stringify(file);
    await db.notes.clear();
    await db.saved.clear();
    await db.ownEvents.clear();
    await db.quotes.clear();
    expect(file.quotes).toHaveLength(2);
    const summary = await applyImport(db, parseImport(text));
    expect(summary).toEqual({ notes: 1, saved: 1, ownEvents: 1, feedback: 0, quotes: 2, settings: true });
    expect(await snapshot(db)).toEqual(before);
    expect(parseImport(text).settings).toEqual({ theme: 'dark' });
  });

  it('imports large files in chunks with progress, in one transaction', async () => {
    const file = await buildExport(db, {});
    file.notes = Array.from({ length: 4500 }, (_, i) => ({ id: `entity:e${i}`, targetType: 'entity' as const, targetId: `e${i}`, text: `n${i}`, createdAt: i, updatedAt: i }));
    const progress: number[] = [];
    await applyImport(db, parseImport(JSON.stringify(file)), (done) => progress.push(done));
    expect(await db.notes.count()).toBe(4500 + 1);
    expect(progress.at(-1)).toBe(4500 + 1 + 1 + 2); // notes, the saved event, the own event, two quotes
    expect(progress.length).toBeGreaterThanOrEqual(5);
    // Notes on entities the dataset lacks are kept, flagged.
    expect((await db.notes.get('entity:e7'))?.orphaned).toBe(true);
  });

  it('rolls back everything when a write fails part-way', async () => {
    const before = await snapshot(db);
    const file = await buildExport(db, {});
    file.ownEvents = [{ ...file.ownEvents[0]!, id: 'own-2', title: 'Another' }];
    file.notes = [{ ...file.notes[0]!, text: 'changed' }];
    const plan = parseImport(JSON.stringify(file));
    const spy = vi.spyOn(db.saved, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyImport(db, plan)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });

  describe('refuses bad files with a message that says what and where', () => {
    const valid = () => ({ format: 'china-russia-lens-export', version: 1, exportedAt: '2026-01-01T00:00:00Z', notes: [], saved: [], ownEvents: [] as unknown[] });

    it('empty, truncated and non-JSON files', () => {
      expect(importError('').message).toMatch(/file: is empty/);
      const truncated = JSON.stringify({ ...valid(), notes: [{ id: 'x' }] }).slice(0, 60);
      expect(importError(truncated).message).toMatch(/not valid JSON.*truncated/);
      expect(importError('{"a": 1,\n  oops}').message).toMatch(/line 2/);
    });

    it('another program\'s file, or a newer export version', () => {
      expect(importError(JSON.stringify({ hello: 1 })).message).toMatch(/format: .*not a China–Russia Lens export/);
      expect(importError(JSON.stringify({ ...valid(), version: 99 })).message).toMatch(/version: is 99/);
      expect(importError('[1,2,3]').message).toMatch(/expected a JSON object/);
    });

    it('bad rows: names the row and the field', () => {
      const file = valid();
      file.ownEvents = [
        { id: 'own-ok', date: '2020', kind: 'trade', title: 'ok', summary: '', entities: [], sources: [] },
        { id: 'own-bad', date: '2020-02-30', kind: 'trade', title: '<img src=x onerror=alert(1)>', summary: 'y'.repeat(6000), entities: [], sources: [], extra: true },
      ];
      const err = importError(JSON.stringify(file));
      const paths = err.problems.map((p) => p.path);
      expect(paths).toEqual(['ownEvents[1].extra', 'ownEvents[1].date', 'ownEvents[1].title', 'ownEvents[1].summary']);
      expect(err.message).toMatch(/ownEvents\[1\]\.summary: is 6000 characters long; the limit is 5000/);
    });

    it('100,000 rows', () => {
      const file = valid();
      (file as Record<string, unknown>).saved = Array.from({ length: 100_000 }, (_, i) => ({ eventId: `e${i}`, savedAt: i }));
      expect(importError(JSON.stringify(file)).message).toMatch(/has 100000 rows; the limit is 50000/);
    });

    it('a huge string', () => {
      const file = valid();
      (file as Record<string, unknown>).notes = [{ targetType: 'event', targetId: 'a', text: 'z'.repeat(1_000_000), createdAt: 1, updatedAt: 1 }];
      expect(importError(JSON.stringify(file)).message).toMatch(/notes\[0\]\.text: is 1000000 characters long/);
    });

    it('lists at most ten problems, then counts the rest', () => {
      const file = valid();
      (file as Record<string, unknown>).saved = Array.from({ length: 30 }, () => ({ eventId: 5 }));
      const err = importError(JSON.stringify(file));
      expect(err.problems.length).toBe(60);
      expect(err.message.split('\n')).toHaveLength(11);
      expect(err.message).toMatch(/…and 50 more problems/);
    });

    it('leaves the database unchanged when refused', async () => {
      const before = await snapshot(db);
      const file = { ...valid(), notes: [{ targetType: 'event', targetId: 'a', text: 'ok', createdAt: 1, updatedAt: 1 }], saved: [{ eventId: 'x' }] };
      expect(() => parseImport(JSON.stringify(file))).toThrow(ValidationError);
      expect(await snapshot(db)).toEqual(before);
    });
  });
});

describe('CSV and iCalendar', () => {
  const events = [
    { ...tinyDataset.events[1]!, title: '=HYPERLINK("x") "quoted", title' },
    { id: 'y', date: '1969-03', kind: 'conflict' as const, title: 'Border clashes', summary: 'Known to the month.', entities: [], sources: [] },
    { id: 'z', date: '2001', kind: 'treaty' as const, title: 'T', summary: 'Ünïcödé '.repeat(20), entities: [], sources: ['https://example.org/t'] },
  ];

  it('CSV quotes cells and defuses spreadsheet formulas', () => {
    const csv = eventsToCsv(events);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,date,endDate,kind,title,summary,entities,sources,own');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") ""quoted"", title"`);
    expect(lines[2]).toBe('y,1969-03,,conflict,Border clashes,Known to the month.,,,no');
  });

  it('iCalendar spans what the date knows, escapes text and folds long lines', () => {
    const ics = eventsToIcs(events, new Date('2026-01-01T00:00:00Z'));
    expect(ics).toContain('DTSTART;VALUE=DATE:20230320\r\nDTEND;VALUE=DATE:20230323');
    expect(ics).toContain('DTSTART;VALUE=DATE:19690301\r\nDTEND;VALUE=DATE:19690401');
    expect(ics).toContain('DTSTART;VALUE=DATE:20010101\r\nDTEND;VALUE=DATE:20020101');
    expect(ics).toContain('SUMMARY:=HYPERLINK("x") "quoted"\\, title');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });
});

describe('the notebook in export and import', () => {
  it('keeps each quote as saved: tidy text, the page date when the page names one, else the day it was saved', async () => {
    const db = makeTestDb();
    await saveQuote(db, { text: '  Both sides agreed\n\n  to expand   trade. ', url: 'https://news.example/a?x=1#p', title: 'Trade talks', published: '2024-05-16T08:00:00Z', note: ' key line ' }, 400);
    await saveQuote(db, { text: '双方同意扩大贸易。', url: 'https://news.example/zh/b', title: '贸易会谈' }, Date.UTC(2026, 11, 7));
    const [zh, en] = await db.quotes.orderBy('createdAt').reverse().toArray();
    expect(en).toMatchObject({ text: 'Both sides agreed\nto expand trade.', note: 'key line', page: 'https://news.example/a', date: '2024-05-16', dateFrom: 'page' });
    expect(zh).toMatchObject({ date: '2026-12-07', dateFrom: 'saved', page: 'https://news.example/zh/b' });
  });

  it('refuses a bad quote with its place, and imports nothing', async () => {
    const db = makeTestDb();
    const file = { format: 'china-russia-lens-export', version: 1, exportedAt: '2026-01-01T00:00:00Z', notes: [], saved: [], ownEvents: [], quotes: [
      { id: 'q-1', text: 'fine', url: 'https://a.example/x', page: 'https://a.example/x', title: 't', date: '2024-01-02', dateFrom: 'page', createdAt: 1, updatedAt: 1 },
      { id: 'q-2', text: '', url: 'javascript:alert(1)', title: 't', date: '2024-13-01', createdAt: 1, extra: 1 },
    ] };
    const err = importError(JSON.stringify(file));
    expect(err.problems.map((p) => `${p.path} ${p.code}`)).toEqual(expect.arrayContaining(['quotes[1].text required', 'quotes[1].url badUrl', 'quotes[1].date badDate', 'quotes[1].extra unknownField']));
    expect(await db.quotes.count()).toBe(0);
  });

  it('derives the page key from the address, never from the file', () => {
    const plan = parseImport(JSON.stringify({ format: 'china-russia-lens-export', version: 1, exportedAt: 'x', notes: [], saved: [], ownEvents: [], quotes: [
      { id: 'q-1', text: 'fine', url: 'https://a.example/x/?utm=1', page: 'https://evil.example/', title: 't', date: '2024', dateFrom: 'saved', createdAt: 1 },
    ] }));
    expect(plan.quotes?.[0]).toMatchObject({ page: 'https://a.example/x', updatedAt: 1 });
  });
});

describe('notebook search', () => {
  it('finds quotes holding every word of the query, in any script, in text, note, title or address', async () => {
    const { matchQuotes } = await import('../../data/user-data/quotes');
    const q = (id: string, text: string, extra: Partial<{ note: string; title: string; url: string }> = {}) => ({ id, text, url: extra.url ?? 'https://a.example/x', page: 'https://a.example/x', title: extra.title ?? '', date: '2024', dateFrom: 'saved' as const, createdAt: 1, updatedAt: 1, ...(extra.note ? { note: extra.note } : {}) });
    const quotes = [q('en', 'Both sides agreed to expand trade.', { note: 'Power of Siberia' }), q('zh', '双方同意扩大贸易。', { title: '中俄贸易' }), q('ru', 'Стороны договорились расширять ТОРГОВЛЮ.', { url: 'https://tass.ru/ekonomika/1' })];
    expect(matchQuotes(quotes, 'trade both').map((x) => x.id)).toEqual(['en']);
    expect(matchQuotes(quotes, 'siberia').map((x) => x.id)).toEqual(['en']);
    expect(matchQuotes(quotes, '贸易').map((x) => x.id)).toEqual(['zh']);
    expect(matchQuotes(quotes, 'торговлю tass').map((x) => x.id)).toEqual(['ru']);
    expect(matchQuotes(quotes, '  ').map((x) => x.id)).toEqual(['en', 'zh', 'ru']);
  });
});
