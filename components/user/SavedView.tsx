/** The popup's 'Saved' view: starred events, notes, and the reader's own events, with add/edit/delete. */
import { useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { getDb, type OwnEvent } from '../../data/db';
import { deleteOwnEvent } from '../../data/user-data/own-events';
import { OwnEventForm } from './OwnEventForm';
import { useLiveQuery } from './use-live-query';
import './user.css';

interface SavedRow {
  id: string;
  event?: Event;
  orphaned?: boolean;
}

export function SavedView({ onOpenEvent }: { onOpenEvent: (id: string) => void }) {
  const db = getDb();
  const [editing, setEditing] = useState<OwnEvent | 'new' | null>(null);
  const saved = useLiveQuery(async (): Promise<SavedRow[]> => {
    const rows = await db.saved.orderBy('savedAt').reverse().toArray();
    const ids = rows.map((r) => r.eventId);
    const [bundled, own] = await Promise.all([db.events.bulkGet(ids), db.ownEvents.bulkGet(ids)]);
    return rows.map((r, i) => ({ id: r.eventId, event: bundled[i] ?? own[i], orphaned: r.orphaned }));
  }, []);
  const notes = useLiveQuery(() => db.notes.orderBy('updatedAt').reverse().toArray(), []);
  const own = useLiveQuery(() => db.ownEvents.orderBy('date').reverse().toArray(), []);

  if (editing) {
    return <OwnEventForm initial={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />;
  }
  const open = (id: string) => () => onOpenEvent(id);
  return (
    <div class="crl-saved" data-testid="saved-view">
      <h2>Saved events</h2>
      {saved?.length ? (
        <ul class="crl-saved-list">
          {saved.map((s) => (
            <li key={s.id} data-event-id={s.id} data-event-date={s.event?.date}>
              {s.event ? <button type="button" class="crl-link" onClick={open(s.id)}>{s.event.date} · {s.event.title}</button> : <span>{s.id}</span>}
              {s.orphaned && <span class="crl-flag">no longer in the dataset</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="crl-muted">Star an event (☆ Save) to keep it here.</p>
      )}

      <h2>Your notes</h2>
      {notes?.length ? (
        <ul class="crl-saved-list" data-testid="notes-list">
          {notes.map((n) => (
            <li key={n.id}>
              <span class="crl-muted">{n.targetType === 'event' ? 'Event' : 'Entity'} {n.targetId}</span>
              {n.orphaned && <span class="crl-flag">target no longer in the dataset</span>}
              <div>{n.text}</div>
              {n.targetType === 'event' && !n.orphaned && <button type="button" class="crl-link" onClick={open(n.targetId)}>Open event</button>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="crl-muted">Notes you write on events appear here.</p>
      )}

      <h2>Your own events</h2>
      <button type="button" onClick={() => setEditing('new')} data-testid="add-own-event">Add your own event</button>
      {own?.length ? (
        <ul class="crl-saved-list" data-testid="own-events-list">
          {own.map((e) => (
            <li key={e.id} data-event-id={e.id} data-event-date={e.date}>
              <button type="button" class="crl-link" onClick={open(e.id)}>{e.date} · {e.title}</button>
              {e.orphanedEntities?.length ? <span class="crl-flag">unknown entities: {e.orphanedEntities.join(', ')}</span> : null}
              <div class="crl-note-row">
                <button type="button" onClick={() => setEditing(e)} aria-label={`Edit ${e.title}`}>Edit</button>
                <button type="button" onClick={() => { if (confirm(`Delete your event “${e.title}”?`)) void deleteOwnEvent(db, e.id); }} aria-label={`Delete ${e.title}`}>Delete</button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
