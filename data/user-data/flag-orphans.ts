/**
 * After the bundled dataset changes, the reader's rows may point at events or entities that were
 * renamed or removed. They are kept and flagged (never dropped), and unflagged if the target returns.
 * Must run inside a transaction that covers bundledParts (unless `bundled` gives the ids), notes, saved and ownEvents.
 */
import type { LensDB } from '../db';
import { readBundled } from '../bundled-store';

export async function flagOrphans(
  db: LensDB,
  bundled?: { events: readonly string[]; entities: readonly string[] },
): Promise<{ notes: number; saved: number; ownEvents: number }> {
  let ids = bundled;
  if (!ids) {
    const stored = await readBundled(db);
    ids = { events: stored.events.map((e) => e.id), entities: stored.entities.map((e) => e.id) };
  }
  const eventIds = new Set(ids.events);
  const ownIds = new Set(await db.ownEvents.toCollection().primaryKeys());
  const entityIds = new Set(ids.entities);
  const exists = (type: 'event' | 'entity', id: string) =>
    type === 'entity' ? entityIds.has(id) : eventIds.has(id) || ownIds.has(id);
  let notes = 0;
  let saved = 0;
  let ownEvents = 0;
  await db.notes.toCollection().modify((n) => {
    const orphaned = !exists(n.targetType, n.targetId);
    if (orphaned) notes++;
    if (orphaned) n.orphaned = true;
    else delete n.orphaned;
  });
  await db.saved.toCollection().modify((s) => {
    const orphaned = !exists('event', s.eventId);
    if (orphaned) saved++;
    if (orphaned) s.orphaned = true;
    else delete s.orphaned;
  });
  await db.ownEvents.toCollection().modify((e) => {
    const missing = e.entities.filter((id) => !entityIds.has(id));
    if (missing.length) {
      ownEvents++;
      e.orphanedEntities = missing;
    } else delete e.orphanedEntities;
  });
  return { notes, saved, ownEvents };
}
