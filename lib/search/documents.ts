/**
 * What the index sees of an event: its own words plus every name and alias (EN/ZH/RU) of its entities,
 * so 'Путин' or '普京' finds an event whose text only says 'Putin'.
 */
import type { Entity, Event } from '../../core/types';

export interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  names: string;
  keywords: string;
}

/** Separates entities inside `names`, so each entity's block can be tokenized once and reused. */
export const NAME_SEP = '\u001f';

export const SEARCH_FIELDS = ['title', 'names', 'keywords', 'summary'] as const;

/** Every surface form of an entity, deduplicated, joined for indexing. */
export function entityNames(entity: Entity): string[] {
  const forms = new Set<string>([entity.name]);
  for (const n of Object.values(entity.names ?? {})) if (n) forms.add(n);
  for (const a of entity.aliases) forms.add(a.text);
  return [...forms];
}

export function toSearchDoc(event: Event, entityById: ReadonlyMap<string, Entity>, namesCache = new Map<string, string>()): SearchDoc {
  const names: string[] = [];
  for (const id of event.entities) {
    let joined = namesCache.get(id);
    if (joined === undefined) {
      const entity = entityById.get(id);
      // An id with no entity (a reader's event naming a removed entity) still says something: 'xi-jinping'.
      joined = entity ? entityNames(entity).join(' · ') : id.replace(/-/g, ' ');
      namesCache.set(id, joined);
    }
    names.push(joined);
  }
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    names: names.join(NAME_SEP),
    keywords: (event.keywords ?? []).join(' · '),
  };
}
