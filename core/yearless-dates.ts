/**
 * A day written without a year on a page without a publication date ('talks in Samarkand on
 * 15 September', 'the summit on Feb. 4') cannot be put on the calendar, but it can confirm an event
 * the page's rarer names already point to: the one of those events that fell on that day. Such a
 * day becomes a cue naming those events (kinds empty, `strength` set), never a date of its own.
 */
import type { Cue, DateMention, Entity, Event, Reference } from './types';
import { precisionOf } from './dates/partial-date';

/** Names in more than this share of events (China, Putin, Beijing) point at no event by themselves. */
const RARE_SHARE = 0.03;
/** A day shared by more candidate events than this tells none of them. */
const MAX_EVENTS = 3;

export interface YearlessLinker {
  cues(dates: readonly DateMention[], references: readonly Reference[]): Cue[];
}

export function createYearlessLinker(events: readonly Event[], entities: ReadonlyMap<string, Entity>): YearlessLinker {
  const df = new Map<string, number>();
  for (const e of events) for (const id of new Set(e.entities)) df.set(id, (df.get(id) ?? 0) + 1);
  const rare = (id: string) => entities.get(id)?.type !== 'concept' && (df.get(id) ?? 0) <= Math.max(8, events.length * RARE_SHARE);
  const byMonth = new Map<string, Event[]>(); // 'MM' → events dated to a day or a month of that month
  for (const e of events) {
    if (precisionOf(e.date) === 'year') continue;
    const mm = e.date.slice(5, 7);
    // A multi-day event counts in its first month (a summit of 15–16 September).
    byMonth.set(mm, [...(byMonth.get(mm) ?? []), e]);
  }
  /** Day of month of a day-precision date, or its end within the same month. */
  const dayOf = (d: string) => Number(d.slice(8, 10));
  return {
    cues(dates, references) {
      if (!dates.length) return [];
      // Unresolved yet (a chunk is resolved with the whole page): an ambiguous rare name still has
      // to fall on the very day of one of its events, which a wrong reading seldom does.
      const named = new Set(references.filter((r) => rare(r.entityId)).map((r) => r.entityId));
      if (!named.size) return [];
      const out: Cue[] = [];
      for (const d of dates) {
        const mm = d.date.slice(5, 7);
        const day = d.precision === 'day' ? Number(d.date.slice(8, 10)) : undefined;
        const last = d.precision === 'day' && d.endDate ? Number(d.endDate.slice(8, 10)) : day;
        if (!mm) continue;
        // Events of that month whose rarer names the page writes: on that very day when one is given.
        const named_ = (byMonth.get(mm) ?? []).filter((e) => e.entities.some((id) => named.has(id)));
        const onDay = day === undefined ? [] : named_.filter((e) => {
          if (precisionOf(e.date) !== 'day') return false;
          const end = e.endDate && e.endDate.slice(5, 7) === mm && precisionOf(e.endDate) === 'day' ? dayOf(e.endDate) : dayOf(e.date);
          return dayOf(e.date) <= (last ?? day) && end >= day;
        });
        // Without a day match, only events known to the month (never another day of it).
        const pool = onDay.length ? onDay : named_.filter((e) => day === undefined || precisionOf(e.date) === 'month');
        // Too many: those the page names most of (a page on the Xudapu contract names the plant,
        // Rosatom and CNNC, which other June events share only in part).
        const count = (e: Event) => new Set(e.entities.filter((id) => named.has(id))).size;
        const most = Math.max(0, ...pool.map(count));
        const fits = pool.length > MAX_EVENTS ? pool.filter((e) => count(e) === most) : pool;
        if (!fits.length || fits.length > MAX_EVENTS) continue;
        // The day itself is as telling as a key phrase; a month alone, or a month-dated event, less.
        const strength = (onDay.length ? 2 : 1.4) - (fits.length - 1) * 0.3;
        out.push({ text: d.text, start: d.start, end: d.end, kinds: [], events: fits.map((e) => e.id), strength: Math.round(strength * 100) / 100 });
      }
      return out;
    },
  };
}
