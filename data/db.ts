/**
 * The extension's IndexedDB, through Dexie. Opened only in the extension's origin
 * (background, popup, options): a content script would open the news site's database instead.
 *
 * Bundled rows (events, entities) are replaced wholesale when the dataset version changes.
 * The reader's rows (ownEvents, notes, saved) live in their own tables and are never touched by reseeding.
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

export const DB_NAME = 'china-russia-lens';

export class LensDB extends Dexie {
  events!: EntityTable<Event, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  ownEvents!: EntityTable<OwnEvent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  saved!: EntityTable<SavedEvent, 'eventId'>;

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
  }
}

let shared: LensDB | undefined;

/** One connection per JS context; reopened transparently after the service worker wakes. */
export function getDb(): LensDB {
  if (!shared) shared = new LensDB();
  return shared;
}
