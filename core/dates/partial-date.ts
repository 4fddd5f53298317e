/**
 * Arithmetic on partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'). Everything is UTC calendar
 * arithmetic: a news date is a calendar day, never an instant, so time zones must not shift it.
 */
import type { DatePrecision, PartialDate } from '../types';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(s: unknown): s is PartialDate {
  if (typeof s !== 'string') return false;
  const m = PARTIAL.exec(s);
  if (!m) return false;
  if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return false;
  if (m[3]) {
    const d = Number(m[3]);
    return d >= 1 && d <= daysInMonth(Number(m[1]), Number(m[2]));
  }
  return true;
}

export function precisionOf(d: PartialDate): DatePrecision {
  return d.length >= 10 ? 'day' : d.length >= 7 ? 'month' : 'year';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDate(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Day number (days since 1970-01-01) of a date's first day. */
export function firstDay(d: PartialDate): number {
  const y = Number(d.slice(0, 4));
  const m = d.length >= 7 ? Number(d.slice(5, 7)) : 1;
  const day = d.length >= 10 ? Number(d.slice(8, 10)) : 1;
  return Math.floor(Date.UTC(y, m - 1, day) / 86_400_000);
}

/** Day number of a date's last day: '2022-09' ends on 30 September. */
export function lastDay(d: PartialDate): number {
  const y = Number(d.slice(0, 4));
  if (d.length >= 10) return firstDay(d);
  if (d.length >= 7) return Math.floor(Date.UTC(y, Number(d.slice(5, 7)), 0) / 86_400_000);
  return Math.floor(Date.UTC(y, 11, 31) / 86_400_000);
}

export function dayToDate(dayNumber: number): PartialDate {
  const dt = new Date(dayNumber * 86_400_000);
  return formatDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (dayNumber + 4) % 7; // 1970-01-01 was a Thursday
}

/** Calendar span [first, last] of a start/end pair, in day numbers. */
export function spanOf(date: PartialDate, endDate?: PartialDate): [number, number] {
  return [firstDay(date), lastDay(endDate ?? date)];
}

/** Days between two spans: 0 when they overlap. */
export function gapDays(a: [number, number], b: [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

export function truncate(d: PartialDate, p: DatePrecision): PartialDate {
  return d.slice(0, p === 'day' ? 10 : p === 'month' ? 7 : 4);
}
