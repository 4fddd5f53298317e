/**
 * The reader's feedback on a page: 'Not this event' on a linked event and 'Not a China–Russia
 * page' on the page. Stored locally, exported with the reader's data, and read by the background
 * when it summarizes that page again (`lib/background/scan-handlers.ts`).
 */
import type { LensDB, PageFeedback } from '../db';

/** How one page is known: origin and path, without query or anchor (the same article shared by link). */
export function pageKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return undefined;
    return `${u.origin}${u.pathname.replace(/\/+$/, '') || '/'}`;
  } catch {
    return undefined;
  }
}

/** A feedback row's key: one row per verdict on a page (and event). */
export const rowId = (kind: PageFeedback['kind'], page: string, eventId?: string) => `${kind}|${page}|${eventId ?? ''}`;

/** What the reader said about one page. */
export interface PageVerdicts {
  hiddenEvents: string[];
  notSinoRussian: boolean;
}

export async function feedbackFor(db: LensDB, url: string | undefined): Promise<PageVerdicts> {
  const page = url ? pageKey(url) : undefined;
  if (!page) return { hiddenEvents: [], notSinoRussian: false };
  const rows = await db.feedback.where('page').equals(page).toArray();
  return {
    hiddenEvents: rows.filter((r) => r.kind === 'not-event' && r.eventId).map((r) => r.eventId!),
    notSinoRussian: rows.some((r) => r.kind === 'not-sino-russian'),
  };
}

/**
 * Records or withdraws one verdict, in a transaction. `on`: true to say it, false to take it back.
 * Returns false when the URL is not a page we can key.
 */
export async function setFeedback(db: LensDB, url: string, kind: PageFeedback['kind'], on: boolean, eventId?: string, now = Date.now()): Promise<boolean> {
  const page = pageKey(url);
  if (!page || (kind === 'not-event' && !eventId)) return false;
  const id = rowId(kind, page, kind === 'not-event' ? eventId : undefined);
  await db.transaction('rw', db.feedback, async () => {
    if (!on) await db.feedback.delete(id);
    else if (!(await db.feedback.get(id))) {
      const row: PageFeedback = { id, kind, page, createdAt: now };
      if (kind === 'not-event') row.eventId = eventId;
      await db.feedback.put(row);
    }
  });
  return true;
}

/** Checks an imported row; the id is rebuilt from its fields so a file cannot plant a mismatched one. */
export function feedbackRow(raw: Record<string, unknown>): PageFeedback | string {
  if (raw.kind !== 'not-event' && raw.kind !== 'not-sino-russian') return "kind must be 'not-event' or 'not-sino-russian'";
  if (typeof raw.page !== 'string' || !pageKey(raw.page) || pageKey(raw.page) !== raw.page) return 'page must be a page address (origin and path)';
  if (raw.kind === 'not-event' && (typeof raw.eventId !== 'string' || !raw.eventId || raw.eventId.length > 200)) return 'eventId must be an event id';
  if (typeof raw.createdAt !== 'number' || !Number.isFinite(raw.createdAt) || raw.createdAt < 0) return 'createdAt must be a time in milliseconds';
  const kind = raw.kind as PageFeedback['kind'];
  const row: PageFeedback = { id: rowId(kind, raw.page, kind === 'not-event' ? (raw.eventId as string) : undefined), kind, page: raw.page, createdAt: raw.createdAt };
  if (kind === 'not-event') row.eventId = raw.eventId as string;
  return row;
}
