/** Small formatting helpers for cards and the panel: dates at their real precision, safe links, labels. */
import type { EntityType, Side } from '../../core/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2021-06-28' → '28 June 2021', '2021-06' → 'June 2021', '2021' → '2021': never more precise than known. */
export function formatPartialDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatDateSpan(date: string, endDate?: string): string {
  if (!endDate || endDate === date) return formatPartialDate(date);
  return `${formatPartialDate(date)} – ${formatPartialDate(endDate)}`;
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is shown as text or dropped. */
export function safeHttpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

export function sourceLabel(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  agreement: 'Agreement',
  project: 'Project',
  exercise: 'Exercise',
  event: 'Event',
  concept: 'Concept',
};

const SIDE_LABELS: Record<Side, string> = {
  china: 'China',
  russia: 'Russia',
  both: 'China & Russia',
  other: 'Other',
};

export const typeLabel = (t: EntityType) => TYPE_LABELS[t] ?? t;
export const sideLabel = (s: Side) => SIDE_LABELS[s] ?? s;
