/**
 * Runs the search for the current query and filters. The timeline charts every match before the year
 * filter (so you can see where the matches are and pick a year); the list shows the matches in range.
 */
import { useMemo } from 'preact/hooks';
import type { Event } from '../../core/types';
import { passesFilters, type EventSearch, type SearchFilters, type SearchHit } from '../../lib/search/event-search';

export interface SearchView {
  chart: Event[];
  hits: SearchHit[];
  total: number;
  tooShort: boolean;
}

export function useSearchResults(search: EventSearch | null, query: string, filters: SearchFilters, limit: number): SearchView | null {
  return useMemo(() => {
    if (!search) return null;
    const { fromYear, toYear, ...rest } = filters;
    const wide = search.search(query, rest, Infinity);
    if (query) performance.mark?.('crlens:searched');
    const inRange = fromYear === undefined && toYear === undefined ? wide.hits : wide.hits.filter((h) => passesFilters(h.event, { fromYear, toYear }));
    return { chart: wide.hits.map((h) => h.event), hits: inRange.slice(0, limit), total: inRange.length, tooShort: !!wide.tooShort };
  }, [search, query, filters, limit]);
}
