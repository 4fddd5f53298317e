import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchLens, type LensBrowser } from './harness';
import { dataset } from '../../data/dataset';
import { pointOfWord, waitForMarks } from './content-helpers';
import { loadFixtureArticles } from '../../scripts/fixture-pages';

/** Reads one object store of the extension's database with the raw IndexedDB API, from an extension page. */
async function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((ok, fail) => {
        const open = indexedDB.open('china-russia-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            ok(req.result);
          };
          req.onerror = () => fail(req.error);
        };
      }),
    store,
  );
}

describe("the reader's data in real Chromium", () => {
  let lens: LensBrowser;
  let options: Page;
  beforeAll(async () => {
    lens = await launchLens();
    options = await lens.context.newPage();
    options.on('dialog', (d) => void d.accept());
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    // expect.poll belongs inside a test; the seeding wait here polls by hand.
    const want = String(dataset.events.length);
    for (let i = 0; i < 120 && (await options.getByTestId('dataset-events').getAttribute('data-count').catch(() => null)) !== want; i++) await options.waitForTimeout(250);
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('adds an own event and a note, exports, clears, imports, and finds them again', async () => {
    // Own event, through the form.
    await options.getByTestId('add-own-event').click();
    const form = options.getByTestId('own-event-form');
    await form.locator('input[name=date]').fill('2024-05-17');
    await form.locator('select[name=kind]').selectOption('trade');
    await form.locator('input[name=title]').fill('Visited the Harbin expo hall');
    await form.locator('textarea[name=summary]').fill('Notes from the trade fair <b>not markup</b>.');
    await form.locator('input[name=entities]').fill('harbin');
    await form.locator('textarea[name=sources]').fill('https://example.org/my-trip');
    await form.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => options.getByTestId('own-count').textContent()).toBe('1');

    // The next popup takes the search index shipped with the extension and merges the own event in
    // (no build of the whole index), and finds it.
    const first = await lens.context.newPage();
    await first.goto(lens.popupUrl());
    const names = ['crlens:index-overlaid', 'crlens:index-built', 'crlens:index-loaded'];
    await first.waitForFunction((names) => names.some((n) => performance.getEntriesByName(n).length > 0), names, { timeout: 20000 });
    const marks = await first.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(marks).toContain('crlens:shipped-index');
    expect(marks).toContain('crlens:index-overlaid');
    expect(marks).not.toContain('crlens:index-built');
    await first.locator('input[type="search"]').fill('Harbin expo hall');
    await expect.poll(() => first.locator('#search-results [data-event-id]').first().textContent(), { timeout: 10000 }).toContain('Visited the Harbin expo hall');
    await first.close();

    // Star and note on a bundled event, through the popup's event detail.
    const popup = await lens.context.newPage();
    await popup.goto(lens.popupUrl());
    await popup.locator('input[type="search"]').fill('Samarkand');
    const item = popup.locator('[data-event-id][data-event-date^="2022-09"]').first();
    await item.click();
    const eventId = await item.getAttribute('data-event-id');
    await popup.getByTestId('star').click();
    await popup.getByTestId('note').fill('Compare with the 2024 Astana meeting.');
    await popup.getByTestId('save-note').click();
    await expect.poll(() => options.getByTestId('notes-count').textContent()).toBe('1');
    await expect.poll(() => options.getByTestId('saved-count').textContent()).toBe('1');
    await popup.close();

    // Export.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.format).toBe('china-russia-lens-export');
    expect(exported.ownEvents).toHaveLength(1);
    expect(exported.notes[0]).toMatchObject({ targetType: 'event', targetId: eventId, text: 'Compare with the 2024 Astana meeting.' });

    // Clear.
    await options.getByTestId('clear-data').click();
    await expect.poll(() => options.getByTestId('own-count').textContent()).toBe('0');
    expect(await readStore(options, 'notes')).toEqual([]);

    // Import the export back.
    await options.getByTestId('import-file').setInputFiles((await download.path())!);
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/Imported 1 notes, 1 saved events, 1 of your events, 0 quotes and 0 page verdicts/);
    expect(await readStore(options, 'ownEvents')).toEqual(exported.ownEvents);
    expect(await readStore(options, 'notes')).toEqual(exported.notes);
    await expect.poll(() => options.getByTestId('own-events-list').getByText('Visited the Harbin expo hall').count()).toBe(1);
  });

  it('refuses a malformed import with a clear message and changes nothing', async () => {
    const before = await readStore(options, 'notes');
    await options.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"china-russia-lens-export","version":1,"notes":[{"targetType":"event"') });
    await expect.poll(() => options.getByTestId('import-error').textContent()).toMatch(/Nothing was imported: broken\.json has problems\.\s*file: is not valid JSON/);
    expect(await readStore(options, 'notes')).toEqual(before);
  });

  it('keeps notes, stars and own events through a dataset update', async () => {
    const own = await readStore(options, 'ownEvents');
    const notes = await readStore(options, 'notes');
    const saved = await readStore(options, 'saved');
    // Make the database look as if an older dataset were installed, then run the background's update path.
    await options.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const open = indexedDB.open('china-russia-lens');
          open.onsuccess = () => {
            const tx = open.result.transaction(['meta', 'bundledParts'], 'readwrite');
            tx.objectStore('meta').put({ key: 'datasetVersion', value: 'an-older-dataset' });
            tx.objectStore('bundledParts').clear();
            tx.oncomplete = () => {
              open.result.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await options.getByTestId('recheck').click();
    // Reseeding 1000+ events takes seconds on a loaded machine.
    await expect.poll(() => options.getByRole('status').first().textContent(), { timeout: 30000 }).toMatch(/Dataset reinstalled/);
    // The bundled dataset is stored as a few large records (data/bundled-store.ts), each event in one of them.
    const parts = (await readStore(options, 'bundledParts')) as { kind: string; rows: unknown[] }[];
    expect(parts.length).toBeLessThan(50);
    expect(parts.filter((p) => p.kind === 'events').reduce((n, p) => n + p.rows.length, 0)).toBe(dataset.events.length);
    expect(parts.filter((p) => p.kind === 'entities').reduce((n, p) => n + p.rows.length, 0)).toBe(dataset.entities.length);
    expect(await readStore(options, 'ownEvents')).toEqual(own);
    expect(await readStore(options, 'notes')).toEqual(notes);
    expect(await readStore(options, 'saved')).toEqual(saved);
  });

  it('writes a note on an entity from the in-page card, and it is kept', async () => {
    const page = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[0]!.slug}.html`));
    await waitForMarks(page, 5);
    const point = await pointOfWord(page, 'Vladimir Putin', 0);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = page.locator('crlens-ui .crl-card');
    await card.locator('.crl-note-open').click({ timeout: 8000 });
    await card.locator('textarea').fill('Check the Kremlin readout.');
    // Typing pauses save on their own; leaving the field saves at once.
    await card.locator('textarea').blur();
    await expect.poll(() => card.locator('[role=status]').first().textContent(), { timeout: 5000 }).toMatch(/Note saved/);
    await expect.poll(async () => (await readStore(options, 'notes')).find((n) => (n as { id: string }).id === 'entity:vladimir-putin')).toMatchObject({ text: 'Check the Kremlin readout.', targetType: 'entity' });
    await page.close();
  });

  it('made no network request', () => {
    expect(lens.externalRequests()).toEqual([]);
  });
});
