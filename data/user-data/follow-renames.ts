/**
 * When a bundled event or entity gets a new id (a corrected date changes an event's id), the reader's rows
 * that point at the old id move to the new one: notes, stars, 'Not this event' verdicts, and the entities an
 * own event names. Runs inside the seeding (and import) transaction, before orphans are flagged, so a renamed
 * item never shows as missing, and an export made before the rename imports onto the new ids. Nothing is overwritten: a note already under the new id keeps its place and the old one
 * stays (flagged as an orphan); a star or verdict already there makes the old one a duplicate, dropped.
 */
import type { LensDB, Note } from '../db';
import { rowId } from './feedback';
import { noteId } from './notes';
import idRenames from '../id-renames.json';

export interface IdRenames {
  events: Record<string, string>;
  entities: Record<string, string>;
}

/** The bundled renames (`data/id-renames.json`), without its comment. */
export const ID_RENAMES: IdRenames = { events: idRenames.events, entities: idRenames.entities };

export async function followRenames(db: LensDB, renames: IdRenames = ID_RENAMES): Promise<number> {
  const events = new Map(Object.entries(renames.events));
  const entities = new Map(Object.entries(renames.entities));
  if (!events.size && !entities.size) return 0;
  let moved = 0;
  // Notes are keyed by their target ('event:<id>'): the note moves to the new key.
  const moves: [Note, Note][] = [];
  await db.notes.each((n) => {
    const to = (n.targetType === 'event' ? events : entities).get(n.targetId);
    if (to) moves.push([n, { ...n, id: noteId({ type: n.targetType, id: to }), targetId: to }]);
  });
  for (const [from, to] of moves) {
    // Both exist (the reader noted the new id too): both texts are theirs, so the old one stays, flagged.
    if (await db.notes.get(to.id)) continue;
    await db.notes.put(to);
    await db.notes.delete(from.id);
    moved++;
  }
  // Stars and verdicts are keyed by the event id: a new row under the new key, the old one removed.
  for (const [from, to] of events) {
    const star = await db.saved.get(from);
    if (star) {
      if (!(await db.saved.get(to))) await db.saved.put({ ...star, eventId: to });
      await db.saved.delete(from);
      moved++;
    }
    for (const verdict of await db.feedback.where('kind').equals('not-event').filter((f) => f.eventId === from).toArray()) {
      const id = rowId('not-event', verdict.page, to);
      if (!(await db.feedback.get(id))) await db.feedback.put({ ...verdict, id, eventId: to });
      await db.feedback.delete(verdict.id);
      moved++;
    }
  }
  if (entities.size) {
    await db.ownEvents.toCollection().modify((e) => {
      if (!e.entities.some((id) => entities.has(id))) return;
      e.entities = [...new Set(e.entities.map((id) => entities.get(id) ?? id))];
      moved++;
    });
  }
  return moved;
}
