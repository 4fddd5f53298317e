/**
 * What the search filters offer: the dataset's years, kinds, and entities by how many events they have.
 * Worked out only when the reader opens the filters (a sort of every entity by name, ~860 of them): the
 * popup's first search results do not wait for it.
 */
import type { Entity, EventKind } from '../../core/types';
import type { EventSearch } from '../../lib/search/event-search';
import { namesOf } from '../../lib/i18n/content-text';

export interface SearchFacets {
  minYear: number;
  maxYear: number;
  kinds: EventKind[];
  entities: (Pick<Entity, 'id' | 'name' | 'names'> & { n: number })[];
}

export function searchFacets(search: EventSearch): SearchFacets {
  const years = search.events.map((e) => Number(e.date.slice(0, 4)));
  const kinds = [...new Set(search.events.map((e) => e.kind))].sort() as EventKind[];
  const entities = [...search.entityById.values()]
    .map((e) => ({ id: e.id, name: e.name, names: namesOf(e), n: search.eventsOfEntity(e.id).length }))
    .filter((e) => e.n > 0)
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return { minYear: Math.min(...years, 9999), maxYear: Math.max(...years, 0), kinds, entities };
}

/** The facets of one search, worked out on the first call. */
export function lazyFacets(search: EventSearch): () => SearchFacets {
  let facets: SearchFacets | undefined;
  return () => (facets ??= searchFacets(search));
}
