/** The reader's export file: everything they made, and nothing from the bundled dataset. */
import type { Note, OwnEvent, PageFeedback, Quote, SavedEvent } from '../db';
import type { LensDB } from '../db';

export const EXPORT_FORMAT = 'china-russia-lens-export';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  datasetVersion?: string;
  settings?: unknown;
  notes: Note[];
  saved: SavedEvent[];
  ownEvents: OwnEvent[];
  /** The reader's verdicts on pages ('Not this event', 'Not a China–Russia page'); absent in older files. */
  feedback?: PageFeedback[];
  /** The reader's notebook (quotes kept from pages); absent in older files. */
  quotes?: Quote[];
}

export async function buildExport(db: LensDB, settings: unknown, now = new Date()): Promise<ExportFile> {
  return db.transaction('r', [db.notes, db.saved, db.ownEvents, db.feedback, db.quotes, db.meta], async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    datasetVersion: (await db.meta.get('datasetVersion'))?.value as string | undefined,
    settings,
    notes: await db.notes.toArray(),
    saved: await db.saved.toArray(),
    ownEvents: await db.ownEvents.toArray(),
    feedback: await db.feedback.toArray(),
    quotes: await db.quotes.toArray(),
  }));
}
