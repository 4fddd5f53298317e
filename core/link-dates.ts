/**
 * How strongly the dates of a page point at one event. A date counts by how exactly it pins the
 * event (a resolved anniversary or the very day > a few days > the month > the year), and by how
 * near it is written to a name of something the event involves: 'Samarkand … September 2022'
 * in one sentence says more than a month somewhere on the page.
 */
import type { DateMention, Event } from './types';
import { spanOf } from './dates/partial-date';

export interface DateEvidence {
  score: number;
  why: string[];
  /** Offsets of the matching date mentions: cues near them count. */
  at: number[];
}

const NEAR = 200;
const MID = 600;

export function datesEvidence(event: Event, span: [number, number], dates: readonly DateMention[], positions: readonly number[]): DateEvidence | undefined {
  let best = 0;
  let bestWhy = '';
  let extra = 0;
  const at: number[] = [];
  const eventDays = span[1] - span[0] + 1;
  for (const d of dates) {
    let exact: number;
    let label: string;
    if (d.eventId !== undefined) {
      if (d.eventId !== event.id) continue;
      exact = 6;
      label = `anniversary: ${d.text}`;
    } else {
      const [a, b] = spanOf(d.date, d.endDate);
      if (b < span[0] || a > span[1]) continue;
      const days = b - a + 1;
      // The vaguer of the two sides decides: a month mention cannot pin a one-day event to the day.
      const vague = Math.max(days, Math.min(eventDays, 366));
      exact = vague <= 1 ? 5 : vague <= 4 ? 4.5 : vague <= 10 ? 3.2 : vague <= 31 ? 3 : vague <= 92 ? 1.6 : 0.8;
      if (d.via === 'anniversary') exact = Math.min(exact, 1); // an unresolved anniversary names only a year
      label = d.text;
    }
    const distance = nearest(d.start, positions);
    const proximity = distance <= NEAR ? 1 : distance <= MID ? 0.75 : positions.length ? 0.5 : 0.35;
    const s = exact * (d.eventId !== undefined ? 1 : proximity);
    at.push(d.start);
    if (s > best) {
      extra += best * 0.15;
      best = s;
      bestWhy = label;
    } else extra += s * 0.15;
  }
  if (best === 0) return undefined;
  return { score: best + Math.min(extra, 1.5), why: [bestWhy.startsWith('anniversary') ? bestWhy : `date: ${bestWhy}`], at };
}

function nearest(x: number, positions: readonly number[]): number {
  let best = Infinity;
  for (const p of positions) {
    const d = Math.abs(p - x);
    if (d < best) best = d;
  }
  return best;
}
