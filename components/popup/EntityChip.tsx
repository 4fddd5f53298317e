/** An entity as a button: pressing it searches for / filters by that entity. */
import type { Entity } from '../../core/types';

/**
 * The accessible name starts with the visible text (speech users say what they see), so the count's
 * unit is spoken but not shown, and what the button does is its description.
 */
export function EntityChip(props: {
  entity: Pick<Entity, 'id' | 'name' | 'type'>;
  count?: number;
  onPick: (id: string) => void;
  /** Set by a ChipBar, which keeps one chip in the Tab order. */
  tabIndex?: number;
  onFocus?: () => void;
}) {
  const { entity, count } = props;
  return (
    <button
      type="button"
      class={`chip chip-${entity.type}`}
      title={`Show the events of ${entity.name}`}
      tabIndex={props.tabIndex}
      onFocus={props.onFocus}
      onClick={() => props.onPick(entity.id)}
    >
      {entity.name}
      {count !== undefined && (
        <span class="chip-count">
          <span class="visually-hidden">, </span>
          {count}
          <span class="visually-hidden">{count === 1 ? ' mention' : ' mentions'}</span>
        </span>
      )}
    </button>
  );
}
