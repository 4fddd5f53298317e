/**
 * The search tab: one line of status, order and view; the entities the query names (each a way into its
 * entity view); a nearer query when this one finds nothing; filters folded away; then the results as a
 * list or on the timeline. Kept short above the first result: at 400×600 and at 200 % zoom it shows.
 */
import { useState } from 'preact/hooks';
import type { Entity } from '../../core/types';
import type { SearchFacets } from './search-facets';
import type { SearchFilters, SortOrder } from '../../lib/search/event-search';
import { Filters } from './Filters';
import { ResultList } from './ResultList';
import { EventTrack } from './EventTrack';
import { YearScrubber } from './YearScrubber';
import type { ListNav } from './use-list-nav';
import { useI18n } from '../../lib/i18n/use-i18n';
import { entityName } from '../../lib/i18n/content-text';
import type { SearchView } from './use-search-results';

export type ResultMode = 'list' | 'timeline';

interface Props {
  view: SearchView;
  query: string;
  filters: SearchFilters;
  onFilters: (f: SearchFilters) => void;
  order: SortOrder;
  onOrder: (o: SortOrder) => void;
  mode: ResultMode;
  onMode: (m: ResultMode) => void;
  /** Years, kinds and entities for the filters, worked out when they are first opened. */
  facets: () => SearchFacets;
  /** An entity and how many events it has, for the query's entity links. */
  entityInfo: (id: string) => { entity: Pick<Entity, 'id' | 'name' | 'names'>; count: number } | null;
  onEntity: (id: string) => void;
  onQuery: (q: string) => void;
  nav: ListNav;
  onOpen: (id: string) => void;
  onMore: () => void;
  onRendered: () => void;
}

const ORDERS: { id: SortOrder; label: 'search.sort.relevance' | 'search.sort.newest' | 'search.sort.oldest' }[] = [
  { id: 'relevance', label: 'search.sort.relevance' },
  { id: 'newest', label: 'search.sort.newest' },
  { id: 'oldest', label: 'search.sort.oldest' },
];

export function SearchPanel(p: Props) {
  const { view, query, filters } = p;
  const { t, contentLang } = useI18n();
  const [jump, setJump] = useState<{ year: number; n: number } | null>(null);
  // Open at first when filters are on (the card's entity filter); after that the reader opens and closes it.
  const [startOpen] = useState(() => (filters.kinds?.length ?? 0) > 0 || filters.fromYear !== undefined || filters.toYear !== undefined || !!filters.entity);
  const [filtersShown, setFiltersShown] = useState(startOpen);
  const q = query.trim();
  const status = view.tooShort
    ? t('search.tooShort')
    : view.total === 0
      ? q
        ? t('search.nothingFor', { query: q })
        : t('search.nothingFiltered')
      : q
        ? t('search.countFor', { count: view.total, query: q })
        : t('search.count', { count: view.total });
  const active = (filters.kinds?.length ?? 0) + (filters.fromYear !== undefined || filters.toYear !== undefined ? 1 : 0) + (filters.entity ? 1 : 0);
  const named = view.entities.slice(0, 3).map((id) => p.entityInfo(id)).filter((x) => x !== null);
  return (
    <section class="panel search-panel" aria-label={t('search.label')}>
      <div class="result-bar">
        <p class="status" role="status" aria-live="polite">{status}</p>
        <label class="sort">
          <span class="visually-hidden">{t('search.sort')}</span>
          <select value={p.order} onChange={(e) => p.onOrder((e.currentTarget as HTMLSelectElement).value as SortOrder)}>
            {ORDERS.map((o) => (
              <option key={o.id} value={o.id}>{t(o.label)}</option>
            ))}
          </select>
        </label>
        <div class="mode" role="group" aria-label={t('search.view')}>
          {(['list', 'timeline'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={p.mode === m} onClick={() => p.onMode(m)}>
              {t(m === 'list' ? 'search.view.list' : 'search.view.timeline')}
            </button>
          ))}
        </div>
      </div>
      {named.length > 0 && (
        <ul class="named">
          {named.map(({ entity, count }) => (
            <li key={entity.id}>
              <button type="button" class="link-button" data-entity-link={entity.id} onClick={() => p.onEntity(entity.id)}>
                {t('entity.allEvents', { count, name: entityName(entity, contentLang) })} →
              </button>
            </li>
          ))}
        </ul>
      )}
      {view.relaxed && (
        <p class="relaxed">
          <button type="button" class="link-button" data-testid="relaxed-query" onClick={() => p.onQuery(view.relaxed!.query)}>
            {t('search.tryInstead', { count: view.relaxed.total, query: view.relaxed.query })}
          </button>
        </p>
      )}
      {/* The filters are drawn once opened: folded, they would only add hundreds of options to the first results. */}
      <details class="filter-box" open={startOpen || undefined} onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setFiltersShown(true)}>
        <summary>{active > 0 ? t('filters.summaryActive', { count: active }) : t('filters.legend')}</summary>
        {filtersShown && <Filters filters={filters} onChange={p.onFilters} {...p.facets()} />}
      </details>
      {p.mode === 'timeline' ? (
        <>
          <YearScrubber events={view.all} onPick={(year) => setJump((j) => ({ year, n: (j?.n ?? 0) + 1 }))} />
          <EventTrack id="search-track" label={t('track.label')} events={view.all} onOpen={p.onOpen} jump={jump} />
        </>
      ) : (
        <>
          <ResultList
            id="search-results"
            label={t('search.results')}
            nav={p.nav}
            onOpen={p.onOpen}
            onRendered={p.onRendered}
            items={view.hits.map((h) => ({ ...h.event, terms: h.terms }))}
          />
          {view.hits.length < view.total && (
            <button type="button" class="more" onClick={p.onMore}>
              {t('search.more', { count: view.total - view.hits.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
