/**
 * Issue 14 in real Chromium, on a fixture news page in the repository (tests/fixtures/pages/
 * visit-harbin-2024.html, written for the tests): the card's 'In this article' for a person, a
 * place and a date; the popup's first line naming the page's main event; 'Not this event' hiding
 * it after a reload; and that verdict surviving export, clearing and import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchLens, openPopupFor, type LensBrowser } from './harness';
import { pointOfWord, waitForMarks } from './content-helpers';
import { dataset } from '../../data/dataset';

const PAGE = '/pages/visit-harbin-2024.html';
const shadow = (page: Page, sel: string) => page.locator(`crlens-ui ${sel}`);

async function cardFor(page: Page, word: string, nth = 0): Promise<string> {
  await page.mouse.move(5, 880);
  await shadow(page, '.crl-card').waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  const point = await pointOfWord(page, word, nth);
  expect(point, word).not.toBeNull();
  await page.mouse.move(point!.x, point!.y, { steps: 3 });
  const section = shadow(page, '.crl-card [data-testid="card-in-article"]');
  await section.waitFor({ timeout: 10000 });
  return (await section.textContent()) ?? '';
}

async function pageEventIds(popup: Page): Promise<string[]> {
  return popup.$$eval('#page-events-list [data-event-id], #page-possible-list [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-id')!));
}

describe('events a reader can trust, in real Chromium', () => {
  let lens: LensBrowser;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it("a mark's card leads with 'In this article' for a person, a place and a date", async () => {
    const news = await lens.openPage(lens.server.url(PAGE));
    const marks = await waitForMarks(news, 3, 30000);
    expect(marks).toEqual(expect.arrayContaining(['Xi Jinping', 'Harbin', 'On 16 May']));
    const visit = dataset.events.find((e) => e.id === '2024-05-16-putin-state-visit-beijing-harbin')!;
    // A person: the visit this article reports involves Xi Jinping.
    expect(await cardFor(news, 'Xi Jinping')).toContain(visit.title);
    // A place: the article's events in Harbin.
    expect(await cardFor(news, 'Harbin', 1)).toContain(visit.title);
    // A date: the article's events on 16 May 2024.
    const onDay = await cardFor(news, 'On 16 May');
    expect(onDay).toMatch(/16 May 2024|May 16, 2024/);
    expect(onDay).toContain(visit.title);
    await news.close();
  });

  it("the popup's first line names the page's main event with its date", async () => {
    const news = await lens.openPage(lens.server.url(PAGE));
    await waitForMarks(news, 3, 30000);
    const popup = await openPopupFor(lens);
    const answer = popup.getByTestId('page-answer');
    await answer.waitFor({ timeout: 30000 });
    const text = (await answer.textContent()) ?? '';
    const first = await popup.locator('#page-events-list [data-event-id]').first().getAttribute('data-event-id');
    const main = dataset.events.find((e) => e.id === first)!;
    expect(text).toBe(`This article is about: ${main.title.replace(/[.。]\s*$/, '')}, ${await popup.locator('#page-events-list [data-event-id] time').first().textContent()}.`);
    expect(main.date.startsWith('2024-05')).toBe(true);
    // The classifier's internals are behind 'Why?', in a reader's words.
    expect(await popup.locator('.panel').first().textContent()).not.toMatch(/mention\(s\)|event cue/);
    await popup.getByText('Why?').click();
    expect(await popup.locator('details.why').textContent()).toMatch(/Xi Jinping/);
    await popup.close();
    await news.close();
  });

  it("'Not this event' hides it after a reload, and survives export, clearing and import", async () => {
    let news = await lens.openPage(lens.server.url(PAGE));
    await waitForMarks(news, 3, 30000);
    let popup = await openPopupFor(lens);
    await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
    // The last event shown plainly (not the main one, which the headline names).
    const plain = await popup.$$eval('#page-events-list [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-id')!));
    expect(plain.length).toBeGreaterThan(1);
    const target = plain[plain.length - 1]!;
    await popup.locator(`#page-events-list [data-event-id="${target}"]`).click();
    await popup.getByTestId('not-this-event').click();
    await expect.poll(() => pageEventIds(popup)).not.toContain(target);
    await popup.close();

    // The page, loaded again, no longer links it.
    await news.reload();
    await waitForMarks(news, 3, 30000);
    popup = await openPopupFor(lens);
    await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
    expect(await pageEventIds(popup)).not.toContain(target);
    await expect.poll(() => popup.getByTestId('hidden-count').textContent()).toMatch(/One event you marked/);
    await popup.close();

    // Export, clear, import: the verdict comes back with the reader's data.
    const options = await lens.context.newPage();
    options.on('dialog', (d) => void d.accept());
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.feedback).toEqual([expect.objectContaining({ kind: 'not-event', eventId: target, page: lens.server.url(PAGE) })]);
    await options.getByTestId('clear-data').click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/page verdicts were deleted/);

    // Opened again after the options page, so the popup finds it as the newest tab.
    await news.close();
    news = await lens.openPage(lens.server.url(PAGE));
    await waitForMarks(news, 3, 30000);
    popup = await openPopupFor(lens);
    await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
    expect(await pageEventIds(popup)).toContain(target);
    await popup.close();

    await options.getByTestId('import-file').setInputFiles((await download.path())!);
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/and 1 page verdicts/);
    await news.close();
    news = await lens.openPage(lens.server.url(PAGE));
    await waitForMarks(news, 3, 30000);
    popup = await openPopupFor(lens);
    await popup.waitForSelector('#page-events-list [data-event-id]', { timeout: 30000 });
    expect(await pageEventIds(popup)).not.toContain(target);
    await popup.close();
    await options.close();
    await news.close();
  });
});
