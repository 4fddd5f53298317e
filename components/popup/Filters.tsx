/** Kind, year range and entity filters for the search list. */
import type { Entity, EventKind } from '../../core/types';
import type { SearchFilters } from '../../lib/search/event-search';
import { kindLabel } from '../../lib/i18n/labels';
import { entityName } from '../../lib/i18n/content-text';
import { useI18n } from '../../lib/i18n/use-i18n';

interface Props {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
  kinds: readonly EventKind[];
  /** Entities worth offering, most events first. */
  entities: readonly Pick<Entity, 'id' | 'name' | 'names'>[];
  minYear: number;
  maxYear: number;
}

const yearValue = (v: string): number | undefined => (/^\d{4}$/.test(v.trim()) ? Number(v) : undefined);

export function Filters({ filters, onChange, kinds, entities, minYear, maxYear }: Props) {
  const active = (filters.kinds?.length ?? 0) > 0 || filters.fromYear !== undefined || filters.toYear !== undefined || !!filters.entity;
  const { t, contentLang } = useI18n();
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('filters.legend')}</legend>
      <label>
        <span>{t('filters.kind')}</span>
        <select
          value={filters.kinds?.[0] ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value as EventKind | '';
            onChange({ ...filters, kinds: v ? [v] : undefined });
          }}
        >
          <option value="">{t('filters.allKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>{kindLabel(t, k)}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.from')}</span>
        <input
          type="number" inputMode="numeric" min={minYear} max={maxYear} placeholder={String(minYear)} value={filters.fromYear ?? ''}
          onChange={(e) => onChange({ ...filters, fromYear: yearValue((e.currentTarget as HTMLInputElement).value) })}
        />
      </label>
      <label>
        <span>{t('filters.to')}</span>
        <input
          type="number" inputMode="numeric" min={minYear} max={maxYear} placeholder={String(maxYear)} value={filters.toYear ?? ''}
          onChange={(e) => onChange({ ...filters, toYear: yearValue((e.currentTarget as HTMLInputElement).value) })}
        />
      </label>
      <label class="filter-entity">
        <span>{t('filters.who')}</span>
        <select
          value={filters.entity ?? ''}
          onChange={(e) => onChange({ ...filters, entity: (e.currentTarget as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('filters.anyone')}</option>
          {entities.map((en) => (
            <option key={en.id} value={en.id} translate={false}>{entityName(en, contentLang)}</option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" class="link-button" onClick={() => onChange({})}>
          {t('filters.clear')}
        </button>
      )}
    </fieldset>
  );
}
