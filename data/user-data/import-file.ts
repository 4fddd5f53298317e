/**
 * Import is all-or-nothing: the whole file is validated before any write, then written in one
 * Dexie transaction (in chunks, reporting progress). Any problem leaves the database unchanged.
 */
import type { LensDB, Note, OwnEvent, PageFeedback, Quote, SavedEvent } from '../db';
import { checkQuote } from './quotes';
import { feedbackRow } from './feedback';
import { checkEventInput, LIMITS } from './event-input';
import { flagOrphans } from './flag-orphans';
import { followRenames } from './follow-renames';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-file';
import { ValidationError, type Problem } from './problems';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
const CHUNK = 1000;

export interface ImportPlan {
  settings?: Record<string, unknown>;
  notes: Note[];
  saved: SavedEvent[];
  ownEvents: OwnEvent[];
  feedback: PageFeedback[];
  quotes?: Quote[];
}

export interface ImportSummary {
  notes: number;
  saved: number;
  ownEvents: number;
  feedback: number;
  quotes: number;
  settings: boolean;
}

function locate(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(msg);
  if (!pos) return msg;
  const at = Number(pos[1]);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `${msg} (line ${line}, column ${column})`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function timestamp(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15;
}

function checkNote(raw: unknown, path: string, problems: Problem[]): Note | undefined {
  const before = problems.length;
  if (!isRecord(raw)) {
    problems.push({ path, message: 'must be an object', code: 'notObject' });
    return undefined;
  }
  for (const k of Object.keys(raw)) {
    if (!['id', 'targetType', 'targetId', 'text', 'createdAt', 'updatedAt', 'orphaned'].includes(k)) problems.push({ path: `${path}.${k}`, message: 'is not a field of a note', code: 'unknownField' });
  }
  if (raw.targetType !== 'event' && raw.targetType !== 'entity') problems.push({ path: `${path}.targetType`, message: "must be 'event' or 'entity'", code: 'badTarget' });
  if (typeof raw.targetId !== 'string' || !raw.targetId || raw.targetId.length > LIMITS.idLength) problems.push({ path: `${path}.targetId`, message: 'must be an id', code: 'badId' });
  if (typeof raw.text !== 'string') problems.push({ path: `${path}.text`, message: 'must be text', code: 'notText' });
  else if (raw.text.length > LIMITS.note) problems.push({ path: `${path}.text`, message: `is ${raw.text.length} characters long; the limit is ${LIMITS.note}`, code: 'tooLong', params: { length: raw.text.length, max: LIMITS.note } });
  if (!timestamp(raw.createdAt)) problems.push({ path: `${path}.createdAt`, message: 'must be a time in milliseconds', code: 'badTime' });
  if (!timestamp(raw.updatedAt)) problems.push({ path: `${path}.updatedAt`, message: 'must be a time in milliseconds', code: 'badTime' });
  if (problems.length > before) return undefined;
  const id = `${raw.targetType}:${raw.targetId}`;
  return { id, targetType: raw.targetType as Note['targetType'], targetId: raw.targetId as string, text: raw.text as string, createdAt: raw.createdAt as number, updatedAt: raw.updatedAt as number };
}

function checkSaved(raw: unknown, path: string, problems: Problem[]): SavedEvent | undefined {
  const before = problems.length;
  if (!isRecord(raw)) {
    problems.push({ path, message: 'must be an object', code: 'notObject' });
    return undefined;
  }
  for (const k of Object.keys(raw)) {
    if (!['eventId', 'savedAt', 'orphaned'].includes(k)) problems.push({ path: `${path}.${k}`, message: 'is not a field of a saved event', code: 'unknownField' });
  }
  if (typeof raw.eventId !== 'string' || !raw.eventId || raw.eventId.length > LIMITS.idLength) problems.push({ path: `${path}.eventId`, message: 'must be an event id', code: 'badId' });
  if (!timestamp(raw.savedAt)) problems.push({ path: `${path}.savedAt`, message: 'must be a time in milliseconds', code: 'badTime' });
  return problems.length > before ? undefined : { eventId: raw.eventId as string, savedAt: raw.savedAt as number };
}

function rows(file: Record<string, unknown>, key: string, problems: Problem[]): unknown[] {
  const v = file[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push({ path: key, message: 'must be a list', code: 'notList' });
    return [];
  }
  return v;
}

/** Parses and validates an export file's text. Throws ValidationError listing problems with their places. */
export function parseImport(text: string): ImportPlan {
  if (text.length > MAX_IMPORT_BYTES) throw new ValidationError([{ path: 'file', message: `is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`, code: 'fileTooBig', params: { size: (text.length / 1048576).toFixed(1), max: MAX_IMPORT_BYTES / 1048576 } }]);
  if (!text.trim()) throw new ValidationError([{ path: 'file', message: 'is empty', code: 'fileEmpty' }]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ValidationError([{ path: 'file', message: `is not valid JSON (truncated or damaged?): ${locate(text, err)}`, code: 'badJson', params: { where: locate(text, err) } }]);
  }
  if (!isRecord(data)) throw new ValidationError([{ path: 'file', message: 'is not a China–Russia Lens export (expected a JSON object)', code: 'notExport' }]);
  if (data.format !== EXPORT_FORMAT) throw new ValidationError([{ path: 'format', message: `is ${JSON.stringify(data.format)?.slice(0, 60)}, expected '${EXPORT_FORMAT}': this is not a China–Russia Lens export`, code: 'notExport' }]);
  if (typeof data.version !== 'number' || data.version > EXPORT_VERSION || data.version < 1) {
    throw new ValidationError([{ path: 'version', message: `is ${JSON.stringify(data.version)}; this version of the extension reads export version ${EXPORT_VERSION}`, code: 'badVersion', params: { version: String(data.version), expected: EXPORT_VERSION } }]);
  }
  const problems: Problem[] = [];
  for (const k of Object.keys(data)) {
    if (!['format', 'version', 'exportedAt', 'datasetVersion', 'settings', 'notes', 'saved', 'ownEvents', 'feedback', 'quotes'].includes(k)) problems.push({ path: k, message: 'is not part of an export file', code: 'unknownField' });
  }
  const noteRows = rows(data, 'notes', problems);
  const savedRows = rows(data, 'saved', problems);
  const eventRows = rows(data, 'ownEvents', problems);
  const feedbackRows = rows(data, 'feedback', problems);
  const quoteRows = rows(data, 'quotes', problems);
  const total = noteRows.length + savedRows.length + eventRows.length + feedbackRows.length + quoteRows.length;
  if (total > MAX_IMPORT_ROWS) throw new ValidationError([{ path: 'file', message: `has ${total} rows; the limit is ${MAX_IMPORT_ROWS}`, code: 'tooMany', params: { count: total, max: MAX_IMPORT_ROWS } }]);
  if (data.settings !== undefined && !isRecord(data.settings)) problems.push({ path: 'settings', message: 'must be an object', code: 'notObject' });
  const notes = noteRows.map((r, i) => checkNote(r, `notes[${i}]`, problems)).filter((n): n is Note => !!n);
  const saved = savedRows.map((r, i) => checkSaved(r, `saved[${i}]`, problems)).filter((s): s is SavedEvent => !!s);
  const ownEvents: OwnEvent[] = [];
  eventRows.forEach((r, i) => {
    const e = checkEventInput(r, `ownEvents[${i}]`, problems);
    if (!e) return;
    const raw = r as Record<string, unknown>;
    const created = timestamp(raw.createdAt) ? (raw.createdAt as number) : Date.now();
    ownEvents.push({ ...e, own: true, createdAt: created, updatedAt: timestamp(raw.updatedAt) ? (raw.updatedAt as number) : created });
  });
  const seen = new Set<string>();
  ownEvents.forEach((e, i) => {
    if (seen.has(e.id)) problems.push({ path: `ownEvents[${i}].id`, message: `'${e.id}' appears twice`, code: 'duplicate', params: { value: e.id } });
    seen.add(e.id);
  });
  const feedback: PageFeedback[] = [];
  feedbackRows.forEach((r, i) => {
    if (!isRecord(r)) return void problems.push({ path: `feedback[${i}]`, message: 'must be an object', code: 'notObject' });
    for (const k of Object.keys(r)) if (!['id', 'kind', 'page', 'eventId', 'createdAt'].includes(k)) problems.push({ path: `feedback[${i}].${k}`, message: 'is not a field of feedback', code: 'unknownField' });
    const row = feedbackRow(r);
    if (typeof row === 'string') problems.push({ path: `feedback[${i}]`, message: row, code: 'badTarget' });
    else feedback.push(row);
  });
  const quotes = quoteRows.map((r, i) => checkQuote(r, `quotes[${i}]`, problems)).filter((q): q is Quote => !!q);
  const quoteIds = new Set<string>();
  quotes.forEach((q, i) => {
    if (quoteIds.has(q.id)) problems.push({ path: `quotes[${i}].id`, message: `'${q.id}' appears twice`, code: 'duplicate', params: { value: q.id } });
    quoteIds.add(q.id);
  });
  if (problems.length) throw new ValidationError(problems);
  return { settings: data.settings as Record<string, unknown> | undefined, notes, saved, ownEvents, feedback, quotes };
}

/** Writes a validated plan in one transaction. Rows with the same id are replaced (import is a merge). */
export async function applyImport(db: LensDB, plan: ImportPlan, onProgress?: (done: number, total: number) => void): Promise<ImportSummary> {
  const feedback = plan.feedback ?? [];
  const quotes = plan.quotes ?? [];
  const total = plan.notes.length + plan.saved.length + plan.ownEvents.length + feedback.length + quotes.length;
  let done = 0;
  await db.transaction('rw', [db.notes, db.saved, db.ownEvents, db.feedback, db.quotes, db.bundledParts], async () => {
    const write = async <T>(table: { bulkPut(rows: T[]): Promise<unknown> }, items: T[]) => {
      for (let i = 0; i < items.length; i += CHUNK) {
        await table.bulkPut(items.slice(i, i + CHUNK));
        done += Math.min(CHUNK, items.length - i);
        onProgress?.(done, total);
      }
    };
    await write(db.ownEvents, plan.ownEvents);
    await write(db.notes, plan.notes);
    await write(db.saved, plan.saved);
    await write(db.feedback, feedback);
    await write(db.quotes, quotes);
    // A file exported before an id changed lands on the new id; a note on an event this dataset no longer
    // has is kept and flagged, not lost.
    await followRenames(db);
    await flagOrphans(db);
  });
  return { notes: plan.notes.length, saved: plan.saved.length, ownEvents: plan.ownEvents.length, feedback: feedback.length, quotes: quotes.length, settings: plan.settings !== undefined };
}
