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

/** What a card shows for one entity: this article's events with it first, then others, and how many there are. */
export interface CardEvents {
  /** The page's linked events that involve the entity, in the page's order. */
  inArticle: Event[];
  /** Other events with the entity, most recent first. */
  others: Event[];
  /** All the dataset's events with the entity. */
  total: number;
}

/**
 * A card speaks of this article: `pageEvents` are the ids the page links (plain tiers, in order);
 * those involving the entity come first ('In this article'), then the entity's most recent others.
 */
export function cardEventsForEntity(entityId: string, events: readonly Event[], pageEvents: readonly string[], byId: ReadonlyMap<string, Event>, limit: number, entity?: Entity): CardEvents {
  const involves = involvement(entityId, entity);
  const inArticle: Event[] = [];
  const seen = new Set<string>();
  for (const id of pageEvents) {
    const e = byId.get(id);
    if (e && involves(e) && !seen.has(id)) {
      inArticle.push(e);
      seen.add(id);
    }
  }
  const others: Event[] = [];
  let total = 0;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (!involves(e)) continue;
    total++;
    if (!seen.has(e.id) && others.length < limit) others.push(e);
  }
  return { inArticle: inArticle.slice(0, limit), others, total };
}

/**
 * Whether an event involves the entity: it lists it, or, for a place, its own text says it
 * happened there ('Chinese troops marched in Red Square'): events list the city, not every square.
 */
function involvement(entityId: string, entity: Entity | undefined): (e: Event) => boolean {
  const names = entity?.type === 'place' ? entity.aliases.filter((a) => !a.ambiguous && a.text.length >= 3).map((a) => a.text.toLowerCase()) : [];
  if (names.length === 0) return (e) => e.entities.includes(entityId);
  return (e) => {
    if (e.entities.includes(entityId)) return true;
    const text = [e.title, e.summary, e.translations?.zh?.title, e.translations?.zh?.summary, e.translations?.ru?.title, e.translations?.ru?.summary].filter(Boolean).join(' ').toLowerCase();
    return names.some((n) => text.includes(n));
  };
}
