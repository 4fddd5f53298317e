/**
 * The extension's IndexedDB, through Dexie. Opened only in the extension's origin
 * (background, popup, options): a content script would open the news site's database instead.
 *
 * The bundled dataset (events, entities) lives in `bundledParts` (data/bundled-store.ts reads and writes it) and is
 * replaced wholesale when the dataset version changes.
 * The reader's rows (ownEvents, notes, saved, feedback, quotes) live in their own tables and are never touched by reseeding.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Entity, Event } from '../core/types';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A note on an event or an entity. */
export interface Note {
  id: string;
  targetType: 'event' | 'entity';
  targetId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the target no longer exists in the bundled dataset (kept, never dropped). */
  orphaned?: boolean;
}

export interface SavedEvent {
  eventId: string;
  savedAt: number;
  orphaned?: boolean;
}

/** A reader's own event: the dataset's Event schema plus bookkeeping. */
export interface OwnEvent extends Event {
  own: true;
  createdAt: number;
  updatedAt: number;
  /** Entity ids it names that the bundled dataset no longer has. */
  orphanedEntities?: string[];
}

/**
 * The reader's word on one page: 'not this event' (eventId set) or 'not a China–Russia page'.
 * Pages are keyed by `pageKey(url)` (origin and path: a share link's query or #anchor is the same article).
 */
export interface PageFeedback {
  /** `${kind}|${page}|${eventId ?? ''}`: one row per verdict, so saying it twice changes nothing. */
  id: string;
  kind: 'not-event' | 'not-sino-russian';
  page: string;
  eventId?: string;
  createdAt: number;
}

/** A passage the reader kept from a page ('Save quote'), with where and when it was published and their note. */
export interface Quote {
  id: string;
  /** The selected text, as the reader saw it (never rendered as HTML). */
  text: string;
  note?: string;
  url: string;
  /** `pageKey(url)`: the page's origin and path, so quotes from one article are found together. */
  page: string;
  title: string;
  /** The page's publication date (YYYY-MM-DD) when it names one, else the day the quote was saved. */
  date: string;
  dateFrom: 'page' | 'saved';
  createdAt: number;
  updatedAt: number;
}

/** A slice of the bundled dataset: up to PART_SIZE rows of one kind (data/bundled-store.ts). */
export interface BundledPart {
  /** `${kind}/${first row's id}`. */
  key: string;
  kind: 'events' | 'entities';
  /** The first row's position among its kind's rows (sorted by id). */
  start: number;
  rows: Event[] | Entity[];
}

/** data/seed.ts DATASET_VERSION_KEY (seed.ts imports this module). */
const DATASET_VERSION_KEY = 'datasetVersion';

export const DB_NAME = 'china-russia-lens';

export class LensDB extends Dexie {
  bundledParts!: EntityTable<BundledPart, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  ownEvents!: EntityTable<OwnEvent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  saved!: EntityTable<SavedEvent, 'eventId'>;
  feedback!: EntityTable<PageFeedback, 'id'>;
  quotes!: EntityTable<Quote, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      events: 'id, date, kind, *entities',
      entities: 'id, type, side',
      meta: 'key',
      ownEvents: 'id, date, kind, *entities, updatedAt',
      notes: 'id, [targetType+targetId], updatedAt',
      saved: 'eventId, savedAt',
    });
    // Version 2 adds the reader's feedback on pages; every version-1 table and row is kept as is.
    this.version(2).stores({ feedback: 'id, page, kind, createdAt' });
    // Version 3 adds the reader's notebook (quotes kept from pages); every earlier table and row is kept as is.
    this.version(3).stores({ quotes: 'id, page, date, createdAt' });
    // Version 4 drops the bundled tables' secondary indexes (events by date, kind and entity; entities by
    // type and side): nothing queries them (the popup reads whole tables and looks rows up by id), and in
    // Chrome's IndexedDB each was one more record written per row, per entity of every event, when the
    // dataset is seeded (~1/3 of seeding; docs/performance.md). Every row, bundled or the reader's, is kept.
    this.version(4).stores({ events: 'id', entities: 'id' });
    // Version 5 stores the bundled dataset as a few large records (bundledParts) instead of one per event and
    // entity: in Chrome seeding cost follows the number of records (~150 µs each), not bytes (#16). The per-row
    // tables only ever held bundled data, so they are dropped and the stored dataset version with them: the next
    // seedDatabase writes the parts. Every reader table and row (and every other meta row) is kept.
    this.version(5)
      .stores({ events: null, entities: null, bundledParts: 'key' })
      .upgrade((tx) => tx.table('meta').delete(DATASET_VERSION_KEY));
  }
}

let shared: LensDB | undefined;

/** One connection per JS context; reopened transparently after the service worker wakes. */
export function getDb(): LensDB {
  if (!shared) shared = new LensDB();
  return shared;
}
