/**
 * 'Nearby' events for an event's detail view: events that share its entities, close in time.
 * Shared entities count most; among equals, the nearer in time wins.
 */
import type { Event } from '../../core/types';

function dayNumber(date: string): number {
  const [y, m = '6', d = '15'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

export function relatedEvents(event: Event, eventsOfEntity: (id: string) => readonly Event[], limit = 5): Event[] {
  const shared = new Map<string, { ev: Event; n: number }>();
  for (const id of event.entities) {
    for (const ev of eventsOfEntity(id)) {
      if (ev.id === event.id) continue;
      const s = shared.get(ev.id);
      if (s) s.n++;
      else shared.set(ev.id, { ev, n: 1 });
    }
  }
  const t = dayNumber(event.date);
  // One shared entity is worth about five years of distance.
  const score = (x: { ev: Event; n: number }) => x.n * 1826 - Math.abs(dayNumber(x.ev.date) - t);
  return [...shared.values()].sort((a, b) => score(b) - score(a)).slice(0, limit).map((x) => x.ev);
}

/** The nearby events as the detail view lists them: the best few, told in date order (oldest first). */
export function nearbyEvents(event: Event, eventsOfEntity: (id: string) => readonly Event[], limit = 5): Event[] {
  return relatedEvents(event, eventsOfEntity, limit).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
