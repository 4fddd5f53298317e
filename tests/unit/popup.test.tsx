// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App';
import { getDb } from '../../data/db';
import { seedDatabase } from '../../data/seed';
import { getSettings } from '../../lib/settings';
import type { TabPageState } from '../../lib/messages';
import type { Event } from '../../core/types';
import { fxEntities, fxEvents } from '../fixtures/search-fixture';

const hostile: Event = {
  id: '2020-01-hostile', date: '2020-01', kind: 'culture', title: 'Exhibition <img src=x onerror="alert(1)"> opens',
  summary: 'A <b>bold</b> claim.', entities: [], sources: ['https://example.org/hostile'],
};
const events = [...fxEvents, hostile];

/** What a content script would answer for the tab; the test plays that other process. */
let pageReply: TabPageState | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true }); // the fake has no current window until one is focused
  const db = getDb();
  await db.delete();
  await db.open();
  await seedDatabase(db, { events, entities: fxEntities }, 'test-1');
  await db.ownEvents.put({ ...fxEvents[0], id: 'own-1', title: 'My note on the Samarkand talks', own: true, createdAt: 1, updatedAt: 1 });
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: { ok: true, datasetVersion: 'test-1', events: events.length, entities: fxEntities.length } }));
  pageReply = undefined;
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async () => {
    if (!pageReply) throw new Error('Could not establish connection. Receiving end does not exist.');
    return pageReply;
  };
  history.replaceState(null, '', '/popup.html');
});
afterEach(() => cleanup());

const searchBox = () => document.querySelector('input[type="search"]') as HTMLInputElement;
const typeQuery = (q: string) => fireEvent.input(searchBox(), { target: { value: q } });
const rows = () => [...document.querySelectorAll('#search-results [data-event-id]')].map((e) => e.getAttribute('data-event-id'));
const trackRows = (root: ParentNode = document) => [...root.querySelectorAll('.track [data-event-id]')].map((e) => e.getAttribute('data-event-id'));

describe('popup', () => {
  it('shows the bundled count and the reader’s own, and searches as you type with marked words', async () => {
    render(<App />);
    await screen.findByText(`${events.length} events · 1 of yours`);
    expect(searchBox().type).toBe('search');
    typeQuery('samarkand');
    await waitFor(() => expect(rows()).toContain('2022-09-15-samarkand-meeting'));
    expect(rows()).toContain('own-1');
    const row = document.querySelector('[data-event-id="2022-09-15-samarkand-meeting"]')!;
    expect(row.getAttribute('data-event-date')).toBe('2022-09-15');
    expect([...row.querySelectorAll('mark')].map((m) => m.textContent)).toContain('Samarkand');
    expect(within(document.querySelector('[data-event-id="own-1"]') as HTMLElement).getByText('yours')).toBeTruthy();
    typeQuery('Путина');
    await waitFor(() => expect(rows()).toHaveLength(4));
    typeQuery('上合');
    await waitFor(() => expect(rows().sort()).toEqual(['2001-06-15-sco-founded', '2022-09-15-samarkand-meeting', 'own-1']));
  });

  it('finds an own event the reader adds while the popup is open, and opens it', async () => {
    render(<App />);
    await screen.findByText(`${events.length} events · 1 of yours`);
    await getDb().ownEvents.put({ ...fxEvents[1], id: 'own-2', title: 'Tea with the Kazan delegation', own: true, createdAt: 2, updatedAt: 2 });
    await screen.findByText(`${events.length} events · 2 of yours`);
    typeQuery('kazan');
    await waitFor(() => expect(rows()).toEqual(['own-2']));
    fireEvent.click(document.querySelector('[data-event-id="own-2"]')!);
    expect(within(await screen.findByRole('article')).getByText('your event')).toBeTruthy();
  });

  it('renders hostile text as text', async () => {
    render(<App />);
    typeQuery('exhibition');
    await waitFor(() => expect(rows()).toEqual(['2020-01-hostile']));
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('#search-results')!.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('moves through results with the arrow keys and opens one with Enter: date, entities and sources as links', async () => {
    render(<App />);
    typeQuery('putin moscow');
    await waitFor(() => expect(rows()).toEqual(['2023-03-20-xi-moscow']));
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    expect(searchBox().getAttribute('aria-activedescendant')).toBe('search-results-0');
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    const detail = await screen.findByRole('article');
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe('Xi Jinping state visit to Moscow');
    expect(detail.querySelector('time')!.textContent).toMatch(/March 20\s*–\s*22, 2023|20\s*–\s*22 March 2023/);
    const link = within(detail).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.org/source');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(detail).getByRole('listbox', { name: 'Nearby events' }).querySelector('[data-event-id]')).toBeTruthy();
    // An entity chip opens the entity's view: who it is, its names, its events on the timeline.
    fireEvent.click(within(detail).getByRole('button', { name: /^Moscow/ }));
    const view = await screen.findByRole('article', { name: 'Moscow' });
    expect(trackRows(view)).toEqual(['2023-03-20-xi-moscow']);
    expect(within(view).getByRole('heading', { name: '1 event with Moscow' })).toBeTruthy();
  });

  it('narrows by kind and by years, sorts by date, and shows the matches on the timeline', async () => {
    render(<App />);
    typeQuery('putin');
    await waitFor(() => expect(rows()).toHaveLength(4));
    // The filters are folded away and drawn once opened.
    expect(screen.queryByLabelText('Kind')).toBeNull();
    fireEvent.click(document.querySelector('.filter-box > summary')!);
    await screen.findByLabelText('Kind');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'energy' } });
    await waitFor(() => expect(rows()).toEqual(['2019-12-02-power-of-siberia']));
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2022' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2022' } });
    await waitFor(() => expect(rows().sort()).toEqual(['2022-09-15-samarkand-meeting', 'own-1']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    const dates = () => [...document.querySelectorAll('#search-results [data-event-date]')].map((e) => e.getAttribute('data-event-date')!);
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'oldest' } });
    await waitFor(() => expect(dates()).toEqual([...dates()].sort()));
    expect(dates()[0]).toBe('2019-12-02');
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'newest' } });
    await waitFor(() => expect(dates()[0]).toBe('2023-03-20'));
    // The same matches on the timeline, oldest first, grouped by year.
    fireEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    await waitFor(() => expect(trackRows()).toHaveLength(4));
    const trackDates = [...document.querySelectorAll('.track [data-event-date]')].map((e) => e.getAttribute('data-event-date')!);
    expect(trackDates).toEqual([...trackDates].sort());
  });

  it("lists this page's events best first, with entity chips that search", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story', active: true });
    pageReply = {
      hostname: 'news.example', enabled: true, sinoRussian: true, marked: 3,
      analysis: {
        sinoRussian: true, score: 5, reasons: ['Names both leaders'],
        entities: [{ id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', side: 'russia', count: 4 }],
        events: [
          { id: '2023-03-20-xi-moscow', date: '2023-03-20', title: 'Xi Jinping state visit to Moscow', kind: 'state-visit', score: 2, why: ['“March 20”'] },
          { id: '2022-09-15-samarkand-meeting', date: '2022-09-15', title: 'Xi and Putin meet at the SCO summit in Samarkand', kind: 'meeting', score: 5, why: ['“Samarkand”', '“SCO”'] },
        ],
      },
    };
    expect(tab.id).toBeDefined();
    render(<App />);
    const list = await screen.findByRole('listbox', { name: 'Events this page refers to' });
    const ids = [...list.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'));
    expect(ids).toEqual(['2022-09-15-samarkand-meeting', '2023-03-20-xi-moscow']);
    expect(list.textContent).toContain('“Samarkand” · “SCO”');
    // Without tiers (an older background) the best-scored event is the main one, said plainly.
    expect(screen.getByTestId('page-answer').textContent).toBe('This article is about: Xi and Putin meet at the SCO summit in Samarkand, September 15, 2022.');
    expect(document.body.textContent).not.toContain('Names both leaders');
    expect(document.documentElement.dataset.firstResultsMs).toBeDefined();
    // The page's events on the timeline, in date order.
    await waitFor(() => expect(document.querySelector('#page-track')).not.toBeNull());
    const pageTrack = document.querySelector('#page-track')!;
    expect(trackRows(pageTrack)).toEqual(['2022-09-15-samarkand-meeting', '2023-03-20-xi-moscow']);
    expect(screen.getByText('This page’s 2 events on the timeline')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Vladimir Putin\s*, 4 mentions/ }));
    const view = await screen.findByRole('article', { name: 'Vladimir Putin' });
    await waitFor(() => expect(trackRows(view)).toHaveLength(4));
    fireEvent.click(within(view).getByRole('button', { name: '← Back' }));
    await screen.findByRole('listbox', { name: 'Events this page refers to' });
  });

  it('shows a clear empty state with scan-anyway and the site switch on other pages', async () => {
    await fakeBrowser.tabs.create({ url: 'https://recipes.example/', active: true });
    pageReply = { hostname: 'recipes.example', enabled: true, sinoRussian: false, marked: 0,
      analysis: { sinoRussian: false, score: 0, reasons: [], entities: [], events: [] } };
    render(<App />);
    await screen.findByRole('heading', { name: 'No China–Russia story on this page' });
    const scan = screen.getByRole('button', { name: 'Scan this page anyway' });
    const sent: unknown[] = [];
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async (_id: number, msg: unknown) => (sent.push(msg), pageReply);
    // Forced, the content script finds an entity: the reader asked, so the popup shows it.
    pageReply = { ...pageReply, analysis: { ...pageReply.analysis!, entities: [{ id: 'moscow', name: 'Moscow', type: 'place', side: 'russia', count: 1 }] } };
    fireEvent.click(scan);
    await waitFor(() => expect(sent).toContainEqual({ lens: 'scan-anyway' }));
    await screen.findByRole('heading', { name: 'Scanned on request' });
    expect(screen.getByRole('button', { name: /Moscow\s*, 1 mention/ })).toBeTruthy();
    const site = screen.getByRole('checkbox', { name: /recipes\.example/ });
    fireEvent.click(site);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['recipes.example']));
  });

  it('says when the tab cannot be read at all', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Nothing to read here' });
  });

  it('saves settings and applies the theme', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect((await getSettings()).theme).toBe('dark');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Places' }));
    await waitFor(async () => expect((await getSettings()).marked.place).toBe(false));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause the lens everywhere' }));
    await waitFor(async () => expect((await getSettings()).paused).toBe(true));
  });
});
