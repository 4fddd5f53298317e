/**
 * The reader's notebook: passages kept from pages ('Save quote') with the page's title, address, date and a
 * note. One checker (`checkQuote`) serves both the in-page save and an import file, so both keep the same limits.
 */
import type { LensDB, Quote } from '../db';
import { isHttpUrl, isValidPartialDate, LIMITS } from './event-input';
import { pageKey } from './feedback';
import { ValidationError, type Problem } from './problems';

export const QUOTE_LIMITS = { text: 10000, title: 500 };
const QUOTE_FIELDS = ['id', 'text', 'note', 'url', 'page', 'title', 'date', 'dateFrom', 'createdAt', 'updatedAt'];

export interface QuoteInput {
  text: string;
  url: string;
  title: string;
  /** The page's publication date (YYYY-MM-DD) if the page names one. */
  published?: string;
  note?: string;
}

const today = (now: number) => new Date(now).toISOString().slice(0, 10);
const timestamp = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15;

/** Whitespace as a reader sees it: a selection across paragraphs keeps one line break between them. */
export function tidyQuote(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
}

/** Checks a stored or imported quote; pushes problems with their place (e.g. `quotes[2].url`) and returns the row. */
export function checkQuote(raw: unknown, path: string, problems: Problem[]): Quote | undefined {
  const before = problems.length;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ path, message: 'must be an object', code: 'notObject' });
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!QUOTE_FIELDS.includes(k)) problems.push({ path: `${path}.${k}`, message: 'is not a field of a quote', code: 'unknownField' });
  const str = (key: string, max: number, required = true) => {
    const v = r[key];
    if (v === undefined || v === '') {
      if (required) problems.push({ path: `${path}.${key}`, message: 'is required', code: 'required' });
      return undefined;
    }
    if (typeof v !== 'string') return void problems.push({ path: `${path}.${key}`, message: 'must be text', code: 'notText' });
    if (v.length > max) problems.push({ path: `${path}.${key}`, message: `is ${v.length} characters long; the limit is ${max}`, code: 'tooLong', params: { length: v.length, max } });
    return v;
  };
  const id = str('id', LIMITS.idLength);
  if (id !== undefined && !/^[\w.:-]+$/.test(id)) problems.push({ path: `${path}.id`, message: 'may contain only letters, digits, and - _ . :', code: 'badId' });
  const text = str('text', QUOTE_LIMITS.text);
  const note = str('note', LIMITS.note, false);
  const url = str('url', LIMITS.url);
  if (url !== undefined && !isHttpUrl(url)) problems.push({ path: `${path}.url`, message: 'is not an http(s) address', code: 'badUrl' });
  const title = str('title', QUOTE_LIMITS.title, false) ?? '';
  const date = str('date', 10);
  if (date !== undefined && !isValidPartialDate(date)) problems.push({ path: `${path}.date`, message: `'${date.slice(0, 20)}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, code: 'badDate', params: { value: date.slice(0, 20) } });
  if (!timestamp(r.createdAt)) problems.push({ path: `${path}.createdAt`, message: 'must be a time in milliseconds', code: 'badTime' });
  if (r.updatedAt !== undefined && !timestamp(r.updatedAt)) problems.push({ path: `${path}.updatedAt`, message: 'must be a time in milliseconds', code: 'badTime' });
  if (problems.length > before) return undefined;
  return {
    id: id!,
    text: text!,
    ...(note ? { note } : {}),
    url: url!,
    // The page key is derived, never trusted from a file: it must match the address.
    page: pageKey(url!) ?? url!,
    title,
    date: date!,
    // Only a bookkeeping hint: anything but 'page' reads as the day it was saved, never a reason to refuse a quote.
    dateFrom: r.dateFrom === 'page' ? 'page' : 'saved',
    createdAt: r.createdAt as number,
    updatedAt: (r.updatedAt as number | undefined) ?? (r.createdAt as number),
  };
}

export function newQuoteId(now = Date.now()): string {
  return `q-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Keeps a quote from a page. Throws ValidationError (with problem codes the interface can say) when it can't. */
export async function saveQuote(db: LensDB, input: QuoteInput, now = Date.now()): Promise<Quote> {
  const published = input.published && isValidPartialDate(input.published.slice(0, 10)) ? input.published.slice(0, 10) : undefined;
  const problems: Problem[] = [];
  const row = checkQuote(
    {
      id: newQuoteId(now),
      text: tidyQuote(input.text),
      ...(input.note?.trim() ? { note: input.note.trim() } : {}),
      url: input.url,
      title: input.title.trim().slice(0, QUOTE_LIMITS.title),
      date: published ?? today(now),
      dateFrom: published ? 'page' : 'saved',
      createdAt: now,
      updatedAt: now,
    },
    'quote',
    problems,
  );
  if (!row) throw new ValidationError(problems);
  await db.transaction('rw', db.quotes, () => db.quotes.put(row));
  return row;
}

export async function updateQuoteNote(db: LensDB, id: string, note: string, now = Date.now()): Promise<Quote | undefined> {
  if (note.length > LIMITS.note) throw new ValidationError([{ path: 'quote.note', message: `is ${note.length} characters long; the limit is ${LIMITS.note}`, code: 'tooLong', params: { length: note.length, max: LIMITS.note } }]);
  return db.transaction('rw', db.quotes, async () => {
    const q = await db.quotes.get(id);
    if (!q) return undefined;
    const next: Quote = { ...q, updatedAt: now };
    if (note.trim()) next.note = note.trim();
    else delete next.note;
    await db.quotes.put(next);
    return next;
  });
}

export async function deleteQuote(db: LensDB, id: string): Promise<void> {
  await db.transaction('rw', db.quotes, () => db.quotes.delete(id));
}

export async function listQuotes(db: LensDB): Promise<Quote[]> {
  return db.quotes.orderBy('createdAt').reverse().toArray();
}

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();

/** Quotes whose text, note, title or address hold every word of the query (any script; Chinese by substring). */
export function matchQuotes(quotes: readonly Quote[], query: string): Quote[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...quotes];
  return quotes.filter((q) => {
    const hay = fold(`${q.text}\n${q.note ?? ''}\n${q.title}\n${q.url}`);
    return words.every((w) => hay.includes(w));
  });
}
