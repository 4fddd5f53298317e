/** Starred events. */
import type { LensDB, SavedEvent } from '../db';

export async function isSaved(db: LensDB, eventId: string): Promise<boolean> {
  return (await db.saved.get(eventId)) !== undefined;
}

/** Returns whether the event is saved afterwards. */
export async function toggleSaved(db: LensDB, eventId: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.saved, async () => {
    if (await db.saved.get(eventId)) {
      await db.saved.delete(eventId);
      return false;
    }
    await db.saved.put({ eventId, savedAt: now });
    return true;
  });
}

export async function listSaved(db: LensDB): Promise<SavedEvent[]> {
  return db.saved.orderBy('savedAt').reverse().toArray();
}
