/** Kind, year range and entity filters for the search list. */
import type { Entity, EventKind } from '../../core/types';
import type { SearchFilters } from '../../lib/search/event-search';
import { kindLabel } from './kinds';

interface Props {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
  kinds: readonly EventKind[];
  /** Entities worth offering, most events first. */
  entities: readonly Pick<Entity, 'id' | 'name'>[];
  minYear: number;
  maxYear: number;
}

const yearValue = (v: string): number | undefined => (/^\d{4}$/.test(v.trim()) ? Number(v) : undefined);

export function Filters({ filters, onChange, kinds, entities, minYear, maxYear }: Props) {
  const active = (filters.kinds?.length ?? 0) > 0 || filters.fromYear !== undefined || filters.toYear !== undefined || !!filters.entity;
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">Filters</legend>
      <label>
        <span>Kind</span>
        <select
          value={filters.kinds?.[0] ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value as EventKind | '';
            onChange({ ...filters, kinds: v ? [v] : undefined });
          }}
        >
          <option value="">All kinds</option>
          {kinds.map((k) => (
            <option key={k} value={k}>{kindLabel(k)}</option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input
          type="number" inputMode="numeric" min={minYear} max={maxYear} placeholder={String(minYear)} value={filters.fromYear ?? ''}
          onChange={(e) => onChange({ ...filters, fromYear: yearValue((e.currentTarget as HTMLInputElement).value) })}
        />
      </label>
      <label>
        <span>To</span>
        <input
          type="number" inputMode="numeric" min={minYear} max={maxYear} placeholder={String(maxYear)} value={filters.toYear ?? ''}
          onChange={(e) => onChange({ ...filters, toYear: yearValue((e.currentTarget as HTMLInputElement).value) })}
        />
      </label>
      <label class="filter-entity">
        <span>Who / what</span>
        <select
          value={filters.entity ?? ''}
          onChange={(e) => onChange({ ...filters, entity: (e.currentTarget as HTMLSelectElement).value || undefined })}
        >
          <option value="">Anyone, anything</option>
          {entities.map((en) => (
            <option key={en.id} value={en.id}>{en.name}</option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" class="link-button" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
