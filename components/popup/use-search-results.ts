/**
 * Runs the search for the current query, filters and order. The list shows the first `limit` matches;
 * the timeline takes every match; a multi-word query with none gets the nearest query that has some.
 */
import { useMemo } from 'preact/hooks';
import type { Event } from '../../core/types';
import type { EventSearch, SearchFilters, SearchHit, SortOrder } from '../../lib/search/event-search';
import type { RelaxedQuery } from '../../lib/search/relax-query';

export interface SearchView {
  /** Every match in range, for the timeline. */
  all: Event[];
  hits: SearchHit[];
  total: number;
  tooShort: boolean;
  /** Entities the query names. */
  entities: string[];
  relaxed: RelaxedQuery | null;
}

export function useSearchResults(search: EventSearch | null, query: string, filters: SearchFilters, limit: number, order: SortOrder = 'relevance'): SearchView | null {
  return useMemo(() => {
    if (!search) return null;
    const wide = search.search(query, filters, Infinity, order);
    if (query) performance.mark?.('crlens:searched');
    const relaxed = wide.total === 0 && !wide.tooShort && query.trim().includes(' ') ? search.relaxed(query, filters) : null;
    return {
      all: wide.hits.map((h) => h.event),
      hits: wide.hits.slice(0, limit),
      total: wide.total,
      tooShort: !!wide.tooShort,
      entities: wide.entities ?? [],
      relaxed,
    };
  }, [search, query, filters, limit, order]);
}
