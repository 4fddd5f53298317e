/**
 * The toolbar popup: a search box over the whole dataset, and tabs for this page, search results,
 * the reader's saved events and settings. An event opens in a detail view; Back returns to the list.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EventKind } from '../../core/types';
import type { SearchFilters, SortOrder } from '../../lib/search/event-search';
import { isSiteEnabled, toggleSite } from '../../lib/settings';
import { EventDetail } from '../../components/popup/EventDetail';
import { PageSummary } from '../../components/popup/PageSummary';
import { SearchPanel, type ResultMode } from '../../components/popup/SearchPanel';
import { EntityView } from '../../components/popup/EntityView';
import { EventTrack } from '../../components/popup/EventTrack';
import { Settings } from '../../components/popup/Settings';
import { Tabs, type TabId } from '../../components/popup/Tabs';
import { useListNav } from '../../components/popup/use-list-nav';
import { useSearchResults } from '../../components/popup/use-search-results';
import { SavedView } from '../../components/user/SavedView';
import { prepareWhenIdle, takeLensData, watchOwnEvents, type LensData } from './load-lens-data';
import { markFirstResults } from './first-results';
import { openReadGate } from './read-gate';
import { usePageState } from './use-page-state';
import { getDb } from '../../data/db';
import { setFeedback } from '../../data/user-data/feedback';
import { applyReaderVerdicts } from '../../core/reader-verdicts';
import type { PageView } from '../../components/popup/PageSummary';
import { useSettings } from './use-settings';
import { resolveUiLang } from '../../lib/i18n/i18n';
import { contentLang } from '../../lib/i18n/content-text';
import { lazyFacets } from '../../components/popup/search-facets';
import { I18nProvider, useI18n } from '../../lib/i18n/use-i18n';
import { ShortcutList } from '../../components/shortcuts/ShortcutList';

const PAGE_SIZE = 50;

/** The popup in the reader's language; switching it in Settings re-renders everything at once. */
export function App() {
  const { settings, change } = useSettings();
  const page = usePageState();
  const lang = resolveUiLang(settings?.interfaceLanguage);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : lang;
  }, [lang]);
  return (
    <I18nProvider lang={lang} contentLang={contentLang(lang, page.lang, !!settings?.contentInPageLanguage)}>
      <PopupView settings={settings} change={change} page={page} />
    </I18nProvider>
  );
}

function PopupView({ settings, change, page }: { settings: ReturnType<typeof useSettings>['settings']; change: ReturnType<typeof useSettings>['change']; page: ReturnType<typeof usePageState> }) {
  const { t } = useI18n();
  const params = new URLSearchParams(location.search);
  const [data, setData] = useState<LensData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [filters, setFilters] = useState<SearchFilters>({});
  // The card's 'All N events →' opens the popup page on one entity's view (?entity=ID).
  const [entityId, setEntityId] = useState<string | null>(params.get('entity'));
  /** The event whose chip opened the entity view: Back returns to it. */
  const [entityFrom, setEntityFrom] = useState<string | null>(null);
  const [order, setOrder] = useState<SortOrder>('relevance');
  const [mode, setMode] = useState<ResultMode>('list');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [tab, setTab] = useState<TabId>(params.get('q') || params.get('entity') ? 'search' : 'page');
  const [openId, setOpenId] = useState<string | null>(null);
  const [keysOpen, setKeysOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  // The popup is opened to ask something: typing goes straight into the search.
  useEffect(() => searchBox.current?.focus(), []);
  // What the reader said in this popup: shown at once; the page itself shows it from its next load.
  const [said, setSaid] = useState<{ hidden: string[]; notPage: boolean }>({ hidden: [], notPage: false });
  const pageUrl = page.view.status === 'ready' ? page.view.state.url : undefined;
  const pageView: PageView = useMemo(() => {
    const v = page.view;
    if (v.status !== 'ready' || !v.state.analysis || (said.hidden.length === 0 && !said.notPage)) return v;
    const analysis = applyReaderVerdicts(v.state.analysis, { hiddenEvents: said.hidden, notSinoRussian: said.notPage });
    analysis.hidden = [...new Set([...(v.state.analysis.hidden ?? []), ...(analysis.hidden ?? [])])];
    return { ...v, state: { ...v.state, analysis, sinoRussian: analysis.sinoRussian } };
  }, [page.view, said]);
  const sayNotPage = async (on: boolean) => {
    if (!pageUrl) return;
    await setFeedback(getDb(), pageUrl, 'not-sino-russian', on);
    setSaid((s) => ({ ...s, notPage: on }));
    if (!on) page.refresh();
  };
  const sayNotThisEvent = async (id: string) => {
    if (!pageUrl) return;
    await setFeedback(getDb(), pageUrl, 'not-event', true, id);
    setSaid((s) => ({ ...s, hidden: [...new Set([...s.hidden, id])] }));
    closeDetail();
  };
  const pageEventIds = page.view.status === 'ready' ? new Set((page.view.state.analysis?.events ?? []).map((e) => e.id)) : new Set<string>();

  // The database read waits for the page's answer to be painted (effects run after paint), or for another tab.
  useEffect(() => {
    if (tab !== 'page' || page.view.status !== 'loading') openReadGate();
  }, [tab, page.view.status]);

  useEffect(() => {
    let unwatch = () => {};
    takeLensData().then(
      (d) => {
        setData(d);
        unwatch = watchOwnEvents(d, (next) => {
          setData(next);
          prepareWhenIdle(next);
        });
        // Tokenizing and indexing (or loading the stored index) waits until the first rows are on screen.
        prepareWhenIdle(d);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
    return () => unwatch();
  }, []);

  const search = data?.search ?? null;
  const view = useSearchResults(search, query, filters, limit, order);
  const openEvent = (id: string) => {
    // Stepping from one event to a nearby one keeps the way back to the list the reader started from.
    const from = document.activeElement as HTMLElement | null;
    if (!from?.closest('.detail')) returnFocus.current = from;
    setOpenId(id);
  };
  const nav = useListNav(view?.hits.length ?? 0, (i) => view && openEvent(view.hits[i].event.id));
  const facets = useMemo(() => (search ? lazyFacets(search) : null), [search]);

  const closeDetail = () => {
    setOpenId(null);
    requestAnimationFrame(() => {
      // A list re-renders as a new element when the detail closes: find it again by its id, else the tab.
      const el = returnFocus.current;
      const again = el?.isConnected ? el : el?.id ? document.getElementById(el.id) : null;
      (again ?? document.getElementById(`tab-${tab}`))?.focus();
    });
  };
  const pickEntity = (id: string) => {
    const from = document.activeElement as HTMLElement | null;
    if (!from?.closest('.detail, .entity-view')) returnFocus.current = from;
    setEntityFrom(openId);
    setOpenId(null);
    setEntityId(id);
  };
  const closeEntity = () => {
    setEntityId(null);
    if (entityFrom) {
      setOpenId(entityFrom);
      setEntityFrom(null);
      return;
    }
    requestAnimationFrame(() => {
      const el = returnFocus.current;
      const again = el?.isConnected ? el : el?.id ? document.getElementById(el.id) : null;
      (again ?? searchBox.current ?? document.getElementById(`tab-${tab}`))?.focus();
    });
  };
  const setQueryText = (q: string) => {
    setQuery(q);
    setLimit(PAGE_SIZE);
    setOpenId(null);
    setEntityId(null);
    setEntityFrom(null);
    nav.setActive(-1);
    setTab('search');
  };
  const toggleThisSite = () => page.hostname && change((s) => toggleSite(s, page.hostname!));
  // Ask the page again when the reader switches it on or off (not when settings first arrive).
  const siteKey = settings ? `${settings.paused} ${settings.disabledSites.join(' ')}` : null;
  const lastSiteKey = useRef<string | null>(null);
  useEffect(() => {
    if (lastSiteKey.current !== null && siteKey !== lastSiteKey.current) page.refresh();
    lastSiteKey.current = siteKey;
  }, [siteKey]);

  const opened = openId && search ? search.byId.get(openId) : undefined;
  const shownEntity = entityId && search ? search.entityById.get(entityId) : undefined;
  const pageTrack = useMemo(() => {
    const a = pageView.status === 'ready' ? pageView.state.analysis : undefined;
    if (!a || !search) return [];
    const hidden = new Set(a.hidden ?? []);
    return a.events.filter((e) => !hidden.has(e.id)).map((e) => search.byId.get(e.id)).filter((e) => e !== undefined);
  }, [pageView, search]);
  const listShown = tab === 'search' && !opened && !shownEntity && mode === 'list' && (view?.hits.length ?? 0) > 0;
  return (
    <div class="popup">
      <header>
        <h1>{t('manifest.name')}</h1>
        <p class="count" data-testid="event-count" data-bundled={data?.bundled} aria-live="polite">
          {data
            ? `${t('search.count', { count: data.bundled })}${data.own ? ` · ${t('popup.yours', { count: data.own })}` : ''}`
            : error
              ? t('popup.unavailable')
              : t('common.loading')}
        </p>
      </header>
      <div class="searchbar" role="search">
        <input
          type="search"
          ref={searchBox}
          aria-label={t('popup.searchLabel')}
          placeholder={t('popup.searchPlaceholder')}
          role="combobox"
          aria-expanded={listShown}
          // Only while the list is on screen: ARIA references must point at elements that exist.
          aria-controls={listShown ? 'search-results' : undefined}
          aria-autocomplete="list"
          aria-activedescendant={listShown && nav.active >= 0 ? `search-results-${nav.active}` : undefined}
          value={query}
          onInput={(e) => setQueryText((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => listShown && nav.onKeyDown(e)}
        />
      </div>
      {error && <p class="error" role="alert">{t('popup.loadError', { error })}</p>}
      <main>
        <Tabs current={tab} onSelect={(t) => { setOpenId(null); setEntityId(null); setEntityFrom(null); setTab(t); }} />
        <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {opened && search ? (
            <EventDetail
              event={opened}
              search={search}
              onOpen={openEvent}
              onEntity={pickEntity}
              onBack={closeDetail}
              onNotThisEvent={pageUrl && pageEventIds.has(opened.id) && !said.hidden.includes(opened.id) ? () => void sayNotThisEvent(opened.id) : undefined}
            />
          ) : shownEntity && search ? (
            <EntityView entity={shownEntity} events={search.eventsOfEntity(shownEntity.id)} onOpen={openEvent} onBack={closeEntity} />
          ) : tab === 'page' ? (
            <>
              <PageSummary
                page={pageView}
                onNotPage={pageUrl ? (on) => void sayNotPage(on) : undefined}
                siteEnabled={!settings || !page.hostname || isSiteEnabled({ ...settings, paused: false }, page.hostname)}
                paused={!!settings?.paused}
                onToggleSite={toggleThisSite}
                onScanAnyway={() => void page.scanAnyway()}
                onShowOnPage={() => void page.showOnPage()}
                onOpen={openEvent}
                onEntity={pickEntity}
                onRendered={markFirstResults}
                onRefresh={page.refresh}
              />
              {pageTrack.length > 1 && (
                // The page's events in date order: what the article tells, as a timeline.
                <details class="page-track">
                  <summary>{t('page.onTimeline', { count: pageTrack.length })}</summary>
                  <EventTrack id="page-track" label={t('page.onTimeline', { count: pageTrack.length })} events={pageTrack} onOpen={openEvent} />
                </details>
              )}
            </>
          ) : tab === 'search' ? (
            view && facets ? (
              <SearchPanel
                view={view}
                query={query}
                filters={filters}
                onFilters={(f) => { setFilters(f); setLimit(PAGE_SIZE); }}
                order={order}
                onOrder={(o) => { setOrder(o); setLimit(PAGE_SIZE); }}
                mode={mode}
                onMode={setMode}
                entityInfo={(id) => {
                  const entity = search?.entityById.get(id);
                  return entity ? { entity, count: search!.eventsOfEntity(id).length } : null;
                }}
                onEntity={pickEntity}
                onQuery={(q) => {
                  // The offer disappears with the new results: the reader goes on in the search box.
                  setQueryText(q);
                  searchBox.current?.focus();
                }}
                facets={facets}
                nav={nav}
                onOpen={openEvent}
                onMore={() => setLimit((l) => l + PAGE_SIZE)}
                onRendered={markFirstResults}
              />
            ) : (
              <p class="status" role="status">{t('popup.loadingDataset')}</p>
            )
          ) : tab === 'saved' ? (
            <section class="panel"><SavedView onOpenEvent={openEvent} /></section>
          ) : settings ? (
            <Settings settings={settings} hostname={page.hostname} onChange={change} onToggleSite={toggleThisSite} />
          ) : null}
        </div>
      </main>
      <footer class="keys-footer">
        {/* Rendered (and the browser asked for its bindings) only once opened: nothing added to the popup's first paint. */}
        <details onToggle={(e) => setKeysOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{t('keys.title')}</summary>
          {keysOpen && <ShortcutList />}
        </details>
      </footer>
    </div>
  );
}
