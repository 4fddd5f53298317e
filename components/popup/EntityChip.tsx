/** An entity as a button: pressing it searches for / filters by that entity. */
import type { Entity } from '../../core/types';

export function EntityChip(props: { entity: Pick<Entity, 'id' | 'name' | 'type'>; count?: number; onPick: (id: string) => void }) {
  const { entity, count } = props;
  const label = count !== undefined ? `${entity.name}, ${count} mention${count === 1 ? '' : 's'}: show its events` : `${entity.name}: show its events`;
  return (
    <button type="button" class={`chip chip-${entity.type}`} aria-label={label} onClick={() => props.onPick(entity.id)}>
      {entity.name}
      {count !== undefined && <span class="chip-count" aria-hidden="true">{count}</span>}
    </button>
  );
}
