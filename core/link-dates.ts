/**
 * How strongly the dates of a page point at one event. A date counts by how exactly it pins the
 * event (a resolved anniversary or the very day > a few days > the month > the year), and by how
 * near it is written to a name of something the event involves: 'Samarkand … September 2022'
 * in one sentence says more than a month somewhere on the page.
 */
import type { DateMention } from './types';
import { spanOf } from './dates/partial-date';

export interface DateEvidence {
  score: number;
  why: string[];
  /** Offsets of the matching date mentions, ascending: cues near them count. */
  at: number[];
  /** Some matching date was resolved to this event (anniversary) or told in its words. */
  identified: boolean;
  /** Offset of the date mention that counted most. */
  bestAt: number;
  /** Days spanned by that mention: 1 for a day, ~365 for a bare year. */
  bestDays: number;
  /**
   * A date that pins the event by itself (the day, the week, the month; an anniversary) with a
   * name of the event or its own words beside it. A bare year, a weekday or 'this week' never
   * does: they only confirm an event the page's names and words already point to.
   */
  pinning: boolean;
  /** Some matching date, weak or not, sits beside the event's names or words. */
  tied: boolean;
  /** The sentence around a written (not relative) date is in the event's own words. */
  described: boolean;
  /** An anniversary on the page was resolved to this event. */
  anniversary: boolean;
  /**
   * Some written date's sentence is in the event's words, with none of its rarer names beside
   * (`described` wants one): 'trade in 2025 … fell' for a figure whose only names are the countries.
   */
  inWords: boolean;
}

/** A page's date mentions with their calendar spans computed once. */
export interface SpannedDate {
  mention: DateMention;
  first: number;
  last: number;
}

/** A page's dates by calendar year, so an event looks only at the dates of its own years. */
export interface DateIndex {
  byYear: Map<number, SpannedDate[]>;
  /** Anniversaries (checked by event id) and spans wider than a few years. */
  always: SpannedDate[];
}

/** The calendar year of a day number (days since 1970-01-01), by arithmetic: no Date per event and page. */
export function yearOf(day: number): number {
  // Proleptic Gregorian calendar in 400-year eras, years starting 1 March (so leap days come last).
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

export function spanDates(dates: readonly DateMention[]): DateIndex {
  const index: DateIndex = { byYear: new Map(), always: [] };
  for (const mention of dates) {
    let first: number;
    let last: number;
    try {
      [first, last] = spanOf(mention.date, mention.endDate);
    } catch {
      continue; // a malformed date from a stale or foreign message: ignore it
    }
    if (!Number.isFinite(first) || !Number.isFinite(last)) continue;
    const spanned = { mention, first, last };
    const y0 = yearOf(first);
    const y1 = yearOf(last);
    if (mention.eventId !== undefined || y1 - y0 > 3) {
      index.always.push(spanned);
      continue;
    }
    for (let y = y0; y <= y1; y++) {
      const list = index.byYear.get(y);
      if (list) list.push(spanned);
      else index.byYear.set(y, [spanned]);
    }
  }
  return index;
}

/** The page's dates that can touch [first, last]: those of its years, each once. */
function candidates(index: DateIndex, span: [number, number]): SpannedDate[] {
  const y0 = yearOf(span[0]);
  const y1 = Math.min(yearOf(span[1]), y0 + 5);
  if (y0 === y1) return [...(index.byYear.get(y0) ?? []), ...index.always];
  const seen = new Set<SpannedDate>(index.always);
  for (let y = y0; y <= y1; y++) for (const d of index.byYear.get(y) ?? []) seen.add(d);
  return [...seen];
}

/**
 * Whether any of the page's dates could count for this event in `datesEvidence`: its own resolved
 * anniversary, or a date touching its days. False means `datesEvidence` gives undefined.
 */
export function mayDate(index: DateIndex, eventId: string, span: [number, number]): boolean {
  const counts = ({ mention, first, last }: SpannedDate) => (mention.eventId !== undefined ? mention.eventId === eventId : last >= span[0] && first <= span[1]);
  // The years `candidates` reads, without building its list: this runs for every event on every page.
  const y0 = yearOf(span[0]);
  const y1 = Math.min(yearOf(span[1]), y0 + 5);
  for (let y = y0; y <= y1; y++) for (const d of index.byYear.get(y) ?? []) if (counts(d)) return true;
  return index.always.some(counts);
}

const NEAR = 200;
const MID = 600;
const LONG_EVENT_DAYS = 14;
const WORDS_BONUS = 2.5;

/** `positions`: ascending offsets of each of the event's entities named on the page. */
/** `telling`: the same for the event's entities that are not in a large share of all events. */
/**
 * `yearWords`: false when a year's sentence cannot tell of this event by its words (see link-events'
 * ownThingAbsent). `yearTelling`: the names that may stand beside a year for its words to tell of the event.
 */
export function datesEvidence(eventId: string, span: [number, number], index: DateIndex, positions: readonly (readonly number[])[], telling: readonly (readonly number[])[] = positions, yearWords = true, yearTelling: readonly (readonly number[])[] = telling): DateEvidence | undefined {
  let best = 0;
  let bestWhy = '';
  let extra = 0;
  let identified = false;
  let bestAt = 0;
  let bestDays = 1;
  let pinning = false;
  let tied = false;
  let describedAny = false;
  let anniversary = false;
  let inWords = false;
  const at: number[] = [];
  const eventDays = span[1] - span[0] + 1;
  for (const { mention: d, first, last } of candidates(index, span)) {
    let exact: number;
    let label: string;
    if (d.eventId !== undefined) {
      if (d.eventId !== eventId) continue;
      exact = 6;
      label = `anniversary: ${d.text}`;
    } else {
      if (last < span[0] || first > span[1]) continue;
      // The vaguer of the two sides decides: a month mention cannot pin a one-day event to the day.
      const vague = Math.max(last - first + 1, Math.min(eventDays, 366));
      exact = vague <= 1 ? 5 : vague <= 4 ? 4.5 : vague <= 10 ? 3.2 : vague <= 31 ? 3 : vague <= 92 ? 1.6 : 0.8;
      // An unresolved anniversary names only a year; one dated to a commemoration of these days
      // (precision finer than a year) dates it like any written date.
      if (d.via === 'anniversary' && d.precision === 'year') exact = Math.min(exact, 1);
      label = d.text;
    }
    // A day in the middle of a weeks-long event (a patrol of three weeks, an exhibition) is a day
    // it was under way, not its date: a dateline inside it says nothing of it.
    const inside = d.eventId === undefined && eventDays > LONG_EVENT_DAYS && last - first < 7 && first > span[0] + 1 && last < span[1] - 1;
    if (inside) exact = Math.min(exact, 1);
    // 'Today', 'on Tuesday', 'this week' resolve against the publication day: whatever the words
    // around them, they say 'now', which the publication date already says.
    // A part of a year ('early 2024', 'в конце 2019 года') is still a year's clue: it only confirms.
    const weak = d.eventId === undefined && (d.via === 'relative' || d.via === 'year' || d.precision === 'year' || exact < 1.6);
    // The sentence around the date is in the event's own words: as good as its names beside it.
    // A weekday's or 'today''s sentence in the event's own words is the page telling of it; a week,
    // month or year said relative to 'now' is too wide for its words to single one event out.
    const rank = d.near && (d.via !== 'relative' || last - first < 7) && (yearWords || last - first < 300) ? d.near.indexOf(eventId) : -1;
    const described = rank >= 0;
    if (described) label = `${label}, in its words`;
    // A day told in its words picks the event; a month or year in its words only with a rarer
    // name of it beside ('the onset of the pandemic in January 2020' is no China–Russia event).
    const toldNear = described && ((last - first < 28 && !inside) || nearestIn(d.start, last - first >= 300 ? yearTelling : telling) <= NEAR);
    if (toldNear || d.eventId !== undefined) identified = true;
    const distance = nearestIn(d.start, positions);
    // A weak date with none of the event's names in its sentence is about something else
    // ('a cavalry escort created in 2002', 'tested in 1998'): it says nothing of this event.
    if (weak && !described && nearestIn(d.start, telling) > NEAR) continue;
    const beside = described || d.eventId !== undefined || distance <= NEAR;
    if (beside) tied = true;
    // A year's sentence in the event's words counts as its words only beside one of its rarer names.
    // So does a month's: 'the onset of the pandemic in January 2020' fits some event of that month
    // in its words, but only a name of it beside the month says the page speaks of that one.
    if (toldNear) describedAny = true;
    if (described && d.via !== 'relative') inWords = true;
    if (d.eventId !== undefined) anniversary = true;
    if (!weak && (beside || distance <= MID)) pinning = true;
    const proximity = described || d.eventId !== undefined || distance <= NEAR ? 1 : distance <= MID ? 0.75 : positions.length ? 0.5 : 0.35;
    // A written year whose sentence is in the event's words is pinned like a month: 'the conflict … in 1969'.
    const s = (described && d.via === 'year' ? Math.max(exact, 3) : exact) * proximity + (described ? WORDS_BONUS * Math.max(0.6, Math.min(1, exact / 3)) * (rank === 0 ? 1 : 0.8) : 0);
    at.push(d.start);
    if (s > best) {
      extra += best * 0.15;
      best = s;
      bestWhy = label;
      bestAt = d.start;
      bestDays = last - first + 1;
    } else extra += s * 0.15;
  }
  if (best === 0) return undefined;
  at.sort((a, b) => a - b);
  return { score: best + Math.min(extra, 1.5), why: [bestWhy.startsWith('anniversary') ? bestWhy : `date: ${bestWhy}`], at, identified, bestAt, bestDays, pinning, tied, described: describedAny, anniversary, inWords };
}

export function nearestIn(x: number, lists: readonly (readonly number[])[]): number {
  let best = Infinity;
  for (const list of lists) best = Math.min(best, nearestDistance(x, list));
  return best;
}

/** Distance from x to the nearest of ascending `sorted`, by binary search. */
export function nearestDistance(x: number, sorted: readonly number[]): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  let best = Infinity;
  if (lo < sorted.length) best = sorted[lo] - x;
  if (lo > 0) best = Math.min(best, x - sorted[lo - 1]);
  return best;
}
