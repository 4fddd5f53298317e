/**
 * Checks a reader's own event (typed in the form, or read from an import file) against the
 * dataset's Event schema, with limits that keep a hostile file from bloating the database.
 */
import { EVENT_KINDS, type Event, type EventKind } from '../../core/types';
import type { Problem } from './problems';

export const LIMITS = {
  title: 300,
  summary: 5000,
  note: 20000,
  url: 2000,
  listItems: 50,
  idLength: 120,
  keyword: 120,
};

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Tags are never rendered as HTML, but markup in a title means the file is not what it claims to be. */
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>/i;
const EVENT_FIELDS = new Set(['id', 'date', 'endDate', 'kind', 'title', 'summary', 'entities', 'keywords', 'sources', 'note', 'own', 'createdAt', 'updatedAt', 'orphanedEntities']);

export function isValidPartialDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  if (value.length < 10) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function text(obj: Record<string, unknown>, key: string, path: string, max: number, problems: Problem[], required = true): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null || v === '') {
    if (required) problems.push({ path: `${path}.${key}`, message: 'is required', code: 'required' });
    return undefined;
  }
  if (typeof v !== 'string') {
    problems.push({ path: `${path}.${key}`, message: `must be text, not ${typeof v}`, code: 'notText' });
    return undefined;
  }
  if (v.length > max) problems.push({ path: `${path}.${key}`, message: `is ${v.length} characters long; the limit is ${max}`, code: 'tooLong', params: { length: v.length, max } });
  return v;
}

function list(obj: Record<string, unknown>, key: string, path: string, problems: Problem[], check: (s: string, p: string) => void): string[] {
  const v = obj[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push({ path: `${path}.${key}`, message: 'must be a list', code: 'notList' });
    return [];
  }
  if (v.length > LIMITS.listItems) problems.push({ path: `${path}.${key}`, message: `has ${v.length} items; the limit is ${LIMITS.listItems}`, code: 'tooMany', params: { count: v.length, max: LIMITS.listItems } });
  v.slice(0, LIMITS.listItems).forEach((item, i) => {
    if (typeof item !== 'string') problems.push({ path: `${path}.${key}[${i}]`, message: 'must be text', code: 'notText' });
    else check(item, `${path}.${key}[${i}]`);
  });
  return v.filter((x): x is string => typeof x === 'string');
}

/** Returns the event as stored (own: true), or pushes problems and returns undefined. */
export function checkEventInput(raw: unknown, path: string, problems: Problem[]): Event | undefined {
  const before = problems.length;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ path, message: 'must be an object', code: 'notObject' });
    return undefined;
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!EVENT_FIELDS.has(key)) problems.push({ path: `${path}.${key}`, message: 'is not a field of an event', code: 'unknownField' });
  }
  const id = text(obj, 'id', path, LIMITS.idLength, problems);
  if (id !== undefined && !/^[\w.:-]+$/.test(id)) problems.push({ path: `${path}.id`, message: 'may contain only letters, digits, and - _ . :', code: 'badId' });
  const date = text(obj, 'date', path, 10, problems);
  if (date !== undefined && !isValidPartialDate(date)) problems.push({ path: `${path}.date`, message: `'${date.slice(0, 20)}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, code: 'badDate', params: { value: date.slice(0, 20) } });
  const endDate = text(obj, 'endDate', path, 10, problems, false);
  if (endDate !== undefined) {
    if (!isValidPartialDate(endDate)) problems.push({ path: `${path}.endDate`, message: `'${endDate.slice(0, 20)}' is not a date`, code: 'badDate', params: { value: endDate.slice(0, 20) } });
    else if (date && endDate < date) problems.push({ path: `${path}.endDate`, message: 'is before the start date', code: 'endBeforeStart' });
  }
  const kind = text(obj, 'kind', path, 40, problems);
  if (kind !== undefined && !EVENT_KINDS.includes(kind as EventKind)) problems.push({ path: `${path}.kind`, message: `'${kind.slice(0, 40)}' is not one of ${EVENT_KINDS.join(', ')}`, code: 'badKind', params: { value: kind.slice(0, 40) } });
  const title = text(obj, 'title', path, LIMITS.title, problems);
  if (title !== undefined && MARKUP.test(title)) problems.push({ path: `${path}.title`, message: 'contains HTML markup', code: 'markup' });
  const summary = text(obj, 'summary', path, LIMITS.summary, problems, false) ?? '';
  const note = text(obj, 'note', path, LIMITS.note, problems, false);
  const entities = list(obj, 'entities', path, problems, (s, p) => {
    if (!/^[a-z0-9-]{1,80}$/.test(s)) problems.push({ path: p, message: `'${s.slice(0, 40)}' is not an entity id`, code: 'badEntity', params: { value: s.slice(0, 40) } });
  });
  const keywords = list(obj, 'keywords', path, problems, (s, p) => {
    if (s.length > LIMITS.keyword) problems.push({ path: p, message: `is longer than ${LIMITS.keyword} characters`, code: 'tooLong', params: { length: s.length, max: LIMITS.keyword } });
  });
  const sources = list(obj, 'sources', path, problems, (s, p) => {
    if (s.length > LIMITS.url || !isHttpUrl(s)) problems.push({ path: p, message: 'is not an http(s) address', code: 'badUrl' });
  });
  if (problems.length > before) return undefined;
  const event: Event = { id: id!, date: date!, kind: kind as EventKind, title: title!, summary, entities, sources, own: true };
  if (endDate) event.endDate = endDate;
  if (keywords.length) event.keywords = keywords;
  if (note) event.note = note;
  return event;
}
