/** Events as CSV (spreadsheets) and iCalendar (calendar apps). Pure: text in, text out. */
import type { Event } from '../../core/types';

function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in spreadsheet apps: neutralise it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function eventsToCsv(events: Event[]): string {
  const header = ['id', 'date', 'endDate', 'kind', 'title', 'summary', 'entities', 'sources', 'own'];
  const rows = events.map((e) =>
    [e.id, e.date, e.endDate ?? '', e.kind, e.title, e.summary, e.entities.join(' '), e.sources.join(' '), e.own ? 'yes' : 'no'].map(csvCell).join(','),
  );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A partial date becomes an all-day range covering what we know: a year-only event spans its year. */
function dayRange(date: string, endDate?: string): { start: string; endExclusive: string } {
  const startParts = date.split('-').map(Number);
  const start = new Date(Date.UTC(startParts[0]!, (startParts[1] ?? 1) - 1, startParts[2] ?? 1));
  const last = endDate ?? date;
  const p = last.split('-').map(Number);
  const end = p.length === 3 ? new Date(Date.UTC(p[0]!, p[1]! - 1, p[2]! + 1)) : p.length === 2 ? new Date(Date.UTC(p[0]!, p[1]!, 1)) : new Date(Date.UTC(p[0]! + 1, 0, 1));
  const fmt = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
  return { start: fmt(start), endExclusive: fmt(end) };
}

export function eventsToIcs(events: Event[], now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//China-Russia Lens//EN', 'CALSCALE:GREGORIAN'];
  for (const e of events) {
    const { start, endExclusive } = dayRange(e.date, e.endDate);
    const precision = e.date.length === 4 ? ' (date known to the year)' : e.date.length === 7 ? ' (date known to the month)' : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@china-russia-lens`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${endExclusive}`,
      fold(`SUMMARY:${icsText(e.title)}`),
      fold(`DESCRIPTION:${icsText(e.summary + precision + (e.sources.length ? `\n${e.sources.join('\n')}` : ''))}`),
      ...(e.sources[0] ? [fold(`URL:${e.sources[0]}`)] : []),
      `CATEGORIES:${icsText(e.kind)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
