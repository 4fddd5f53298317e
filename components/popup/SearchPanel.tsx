/** The search tab: filters, the timeline of matches and the ranked list. */
import type { Entity, EventKind } from '../../core/types';
import type { SearchFilters } from '../../lib/search/event-search';
import { Filters } from './Filters';
import { ResultList } from './ResultList';
import { Timeline } from './Timeline';
import type { ListNav } from './use-list-nav';
import { useI18n } from '../../lib/i18n/use-i18n';
import type { SearchView } from './use-search-results';

interface Props {
  view: SearchView;
  query: string;
  filters: SearchFilters;
  onFilters: (f: SearchFilters) => void;
  kinds: readonly EventKind[];
  entities: readonly Pick<Entity, 'id' | 'name' | 'names'>[];
  minYear: number;
  maxYear: number;
  nav: ListNav;
  onOpen: (id: string) => void;
  onMore: () => void;
  onRendered: () => void;
}

export function SearchPanel({ view, query, filters, onFilters, kinds, entities, minYear, maxYear, nav, onOpen, onMore, onRendered }: Props) {
  const { t } = useI18n();
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
  return (
    <section class="panel" aria-label={t('search.label')}>
      <Filters filters={filters} onChange={onFilters} kinds={kinds} entities={entities} minYear={minYear} maxYear={maxYear} />
      <Timeline
        events={view.chart}
        minYear={minYear}
        maxYear={maxYear}
        fromYear={filters.fromYear}
        toYear={filters.toYear}
        onRange={(fromYear, toYear) => onFilters({ ...filters, fromYear, toYear })}
      />
      <p class="status" role="status" aria-live="polite">{status}</p>
      <ResultList
        id="search-results"
        label={t('search.results')}
        nav={nav}
        onOpen={onOpen}
        onRendered={onRendered}
        items={view.hits.map((h) => ({ ...h.event, terms: h.terms }))}
      />
      {view.hits.length < view.total && (
        <button type="button" class="more" onClick={onMore}>
          {t('search.more', { count: view.total - view.hits.length })}
        </button>
      )}
    </section>
  );
}
