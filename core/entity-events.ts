/**
 * Per-entity views of a page's analysis: how often each entity is named, and which events a
 * card for one entity should list.
 */
import type { Entity, EntityCount, Event, Reference } from './types';

/** Entities named on the page, most named first. */
export function countEntities(refs: readonly Reference[], entities: ReadonlyMap<string, Entity>): EntityCount[] {
  const counts = new Map<string, number>();
  for (const r of refs) counts.set(r.entityId, (counts.get(r.entityId) ?? 0) + 1);
  const out: EntityCount[] = [];
  for (const [id, count] of counts) {
    const e = entities.get(id);
    if (e) out.push({ id, name: e.name, type: e.type, side: e.side, count });
  }
  return out.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}

/**
 * Events involving one entity: first those the page points at (in the page's order of
 * evidence), then the most recent others, so a card about Samarkand on a 2022 article leads
 * with the 2022 summit.
 */
export function eventsForEntity(
  entityId: string,
  events: readonly Event[],
  pageRanked: readonly string[],
  byId: ReadonlyMap<string, Event>,
  limit: number,
): Event[] {
  const out: Event[] = [];
  const seen = new Set<string>();
  for (const id of pageRanked) {
    const e = byId.get(id);
    if (e && e.entities.includes(entityId) && !seen.has(id)) {
      out.push(e);
      seen.add(id);
    }
  }
  for (let i = events.length - 1; i >= 0 && out.length < limit; i--) {
    const e = events[i];
    if (!seen.has(e.id) && e.entities.includes(entityId)) {
      out.push(e);
      seen.add(e.id);
    }
  }
  return out.slice(0, Math.max(0, limit));
}
