/** Notes on events and entities. One note per target; saving empty text deletes it. */
import type { LensDB, Note } from '../db';
import { LIMITS } from './event-input';

export interface NoteTarget {
  type: 'event' | 'entity';
  id: string;
}

export function noteId(target: NoteTarget): string {
  return `${target.type}:${target.id}`;
}

export async function getNote(db: LensDB, target: NoteTarget): Promise<Note | undefined> {
  return db.notes.get(noteId(target));
}

export async function saveNote(db: LensDB, target: NoteTarget, text: string, now = Date.now()): Promise<Note | undefined> {
  if (text.length > LIMITS.note) throw new Error(`A note can be at most ${LIMITS.note} characters long (this one has ${text.length}).`);
  const id = noteId(target);
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(id);
    if (!text.trim()) {
      if (existing) await db.notes.delete(id);
      return undefined;
    }
    const note: Note = {
      id,
      targetType: target.type,
      targetId: target.id,
      text,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      ...(existing?.orphaned ? { orphaned: true } : {}),
    };
    await db.notes.put(note);
    return note;
  });
}

export async function listNotes(db: LensDB): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray();
}
