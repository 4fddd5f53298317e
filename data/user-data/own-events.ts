/** The reader's own events: same schema as the dataset's, kept in their own table so reseeding never touches them. */
import type { Event } from '../../core/types';
import type { LensDB, OwnEvent } from '../db';
import { entitiesByIds } from '../bundled-store';
import { checkEventInput } from './event-input';
import { ValidationError, type Problem } from './problems';

export type OwnEventDraft = Omit<Event, 'id' | 'own'> & { id?: string };

function slug(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'event';
}

/**
 * Own ids never collide with bundled ones: they carry the 'own-' prefix. Made from whatever the reader typed,
 * so even a date still to be corrected ('May 2024') gives a valid id: the reader never sees an id problem.
 */
export function newOwnEventId(draft: Pick<Event, 'date' | 'title'>, now = Date.now()): string {
  const date = draft.date.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 10) || 'undated';
  return `own-${date}-${slug(draft.title ?? '')}-${now.toString(36)}`;
}

export async function saveOwnEvent(db: LensDB, draft: OwnEventDraft, now = Date.now()): Promise<OwnEvent> {
  const problems: Problem[] = [];
  const id = draft.id ?? newOwnEventId(draft, now);
  const event = checkEventInput({ ...draft, id }, 'event', problems);
  if (!event) throw new ValidationError(problems);
  return db.transaction('rw', db.ownEvents, db.bundledParts, async () => {
    const existing = await db.ownEvents.get(id);
    const known = new Set((await entitiesByIds(db, event.entities)).filter(Boolean).map((e) => e!.id));
    const missing = event.entities.filter((e) => !known.has(e));
    const row: OwnEvent = {
      ...event,
      own: true,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      ...(missing.length ? { orphanedEntities: missing } : {}),
    };
    await db.ownEvents.put(row);
    return row;
  });
}

export async function deleteOwnEvent(db: LensDB, id: string): Promise<void> {
  await db.transaction('rw', db.ownEvents, db.notes, db.saved, async () => {
    await db.ownEvents.delete(id);
    // Its note and star would point at nothing; they go with it because the reader deleted the event.
    await db.notes.delete(`event:${id}`);
    await db.saved.delete(id);
  });
}

export async function listOwnEvents(db: LensDB): Promise<OwnEvent[]> {
  return db.ownEvents.orderBy('date').toArray();
}
