/**
 * The reader's stars and notes on the events a card shows, and their note on its entity: what 'user-state'
 * answers, and what 'entity-card' brings along when asked (`userState`), so a card needs one round trip.
 */
import type { LensDB } from '../../data/db';
import { getNote } from '../../data/user-data/notes';

export interface UserState {
  saved: string[];
  notes: Record<string, string>;
  entityNote?: string;
}

export async function readUserState(db: LensDB, eventIds: string[], entityId?: string): Promise<UserState> {
  const ids = eventIds.slice(0, 200);
  const saved = (await db.saved.bulkGet(ids)).filter(Boolean).map((s) => s!.eventId);
  const notes: Record<string, string> = {};
  for (const n of await db.notes.bulkGet(ids.map((id) => `event:${id}`))) if (n) notes[n.targetId] = n.text;
  const entityNote = entityId ? (await getNote(db, { type: 'entity', id: entityId }))?.text : undefined;
  return entityNote === undefined ? { saved, notes } : { saved, notes, entityNote };
}
