/** An entity as a button: pressing it searches for / filters by that entity. */
import type { Entity } from '../../core/types';
import { useI18n } from '../../lib/i18n/use-i18n';
import { entityName } from '../../lib/i18n/content-text';

/**
 * The accessible name starts with the visible text (speech users say what they see), so the count's
 * unit is spoken but not shown, and what the button does is its description.
 */
export function EntityChip(props: {
  entity: Pick<Entity, 'id' | 'name' | 'type' | 'names'>;
  count?: number;
  onPick: (id: string) => void;
  /** Set by a ChipBar, which keeps one chip in the Tab order. */
  tabIndex?: number;
  onFocus?: () => void;
}) {
  const { entity, count } = props;
  const { t, contentLang } = useI18n();
  const name = entityName(entity, contentLang);
  return (
    <button
      type="button"
      class={`chip chip-${entity.type}`}
      title={t('chip.title', { name })}
      tabIndex={props.tabIndex}
      onFocus={props.onFocus}
      onClick={() => props.onPick(entity.id)}
    >
      <span translate={false}>{name}</span>
      {count !== undefined && (
        <span class="chip-count">
          <span class="visually-hidden">, </span>
          {count}
          <span class="visually-hidden"> {t('chip.mentions', { count })}</span>
        </span>
      )}
    </button>
  );
}
