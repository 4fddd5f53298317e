/**
 * A row of entity chips as one toolbar: one Tab stop, arrow keys (and Home/End) move between chips, so a
 * page naming twenty entities does not put twenty stops between the search box and its events.
 */
import { useRef, useState } from 'preact/hooks';
import type { Entity } from '../../core/types';
import { EntityChip } from './EntityChip';

interface Props {
  label: string;
  entities: readonly (Pick<Entity, 'id' | 'name' | 'type' | 'names'> & { count?: number })[];
  onPick: (id: string) => void;
}

export function ChipBar({ label, entities, onPick }: Props) {
  const [current, setCurrent] = useState(0);
  const bar = useRef<HTMLDivElement>(null);
  const at = Math.min(current, entities.length - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const last = entities.length - 1;
    const next = { ArrowRight: Math.min(last, at + 1), ArrowDown: Math.min(last, at + 1), ArrowLeft: Math.max(0, at - 1), ArrowUp: Math.max(0, at - 1), Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setCurrent(next);
    bar.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  return (
    <div class="chips" role="toolbar" aria-label={label} ref={bar} onKeyDown={onKeyDown}>
      {entities.map((e, i) => (
        <EntityChip key={e.id} entity={e} count={e.count} onPick={onPick} tabIndex={i === at ? 0 : -1} onFocus={() => setCurrent(i)} />
      ))}
    </div>
  );
}
