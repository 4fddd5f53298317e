/**
 * `lens events`: the bundled events as JSON, and a plain word search for a person at a terminal
 * (every word must appear in the title, summary, keywords or a name or alias of an involved entity).
 */
import type { Dataset, Entity, Event } from '../core/types';

export function eventJson(e: Event) {
  const out: Record<string, unknown> = { id: e.id, date: e.date };
  if (e.endDate) out.endDate = e.endDate;
  Object.assign(out, { kind: e.kind, area: e.area ?? null, title: e.title, entities: e.entities, sources: e.sources, summary: e.summary });
  out.translations = e.translations ?? {};
  if (e.keywords?.length) out.keywords = e.keywords;
  if (e.note) out.note = e.note;
  return out;
}

const fold = (s: string) => s.toLowerCase().normalize('NFKC').replace(/ё/g, 'е').replace(/[‐-―−]/g, '-');

export function searchEvents(data: Dataset, query: string): Event[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const names = new Map(data.entities.map((en) => [en.id, [en.name, ...en.aliases.map((a) => a.text), ...Object.values(en.names ?? {})].join(' ')]));
  return data.events.filter((e) => {
    const hay = fold([e.id, e.date, e.kind, e.title, e.summary, ...(e.keywords ?? []), ...e.entities.map((id) => names.get(id) ?? id)].join(' \n '));
    return words.every((w) => hay.includes(w));
  });
}

/** `lens entities --json`: every entity with its names, aliases and descriptions in the three languages. */
export function entityJson(e: Entity) {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    side: e.side,
    names: e.names ?? {},
    aliases: e.aliases,
    description: e.description,
    translations: e.translations ?? {},
    sources: e.sources ?? [],
  };
}
