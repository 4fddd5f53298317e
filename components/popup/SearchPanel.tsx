/** The search tab: filters, the timeline of matches and the ranked list. */
import type { Entity, EventKind } from '../../core/types';
import type { SearchFilters } from '../../lib/search/event-search';
import { Filters } from './Filters';
import { ResultList } from './ResultList';
import { Timeline } from './Timeline';
import type { ListNav } from './use-list-nav';
import type { SearchView } from './use-search-results';

interface Props {
  view: SearchView;
  query: string;
  filters: SearchFilters;
  onFilters: (f: SearchFilters) => void;
  kinds: readonly EventKind[];
  entities: readonly Pick<Entity, 'id' | 'name'>[];
  minYear: number;
  maxYear: number;
  nav: ListNav;
  onOpen: (id: string) => void;
  onMore: () => void;
  onRendered: () => void;
}

export function SearchPanel({ view, query, filters, onFilters, kinds, entities, minYear, maxYear, nav, onOpen, onMore, onRendered }: Props) {
  const status = view.tooShort
    ? 'Keep typing: at least two letters.'
    : view.total === 0
      ? query.trim()
        ? `Nothing found for “${query.trim()}”.`
        : 'No events match these filters.'
      : `${view.total} event${view.total === 1 ? '' : 's'}${query.trim() ? ` for “${query.trim()}”` : ''}`;
  return (
    <section class="panel" aria-label="Search the dataset">
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
        label="Search results"
        nav={nav}
        onOpen={onOpen}
        onRendered={onRendered}
        items={view.hits.map((h) => ({ ...h.event, terms: h.terms }))}
      />
      {view.hits.length < view.total && (
        <button type="button" class="more" onClick={onMore}>
          Show more ({view.total - view.hits.length} left)
        </button>
      )}
    </section>
  );
}
