/** The popup's 'Saved' view: starred events, notes, and the reader's own events, with add/edit/delete. */
import { useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { getDb, type OwnEvent } from '../../data/db';
import { deleteOwnEvent } from '../../data/user-data/own-events';
import { OwnEventForm } from './OwnEventForm';
import { useLiveQuery } from './use-live-query';
import './user.css';
import { useI18n } from '../../lib/i18n/use-i18n';
import { eventTitle } from '../../lib/i18n/content-text';
import { formatPartialDate } from '../popup/format-date';

interface SavedRow {
  id: string;
  event?: Event;
  orphaned?: boolean;
}

export function SavedView({ onOpenEvent }: { onOpenEvent: (id: string) => void }) {
  const { t, locale, contentLang } = useI18n();
  const label = (e: Event) => `${formatPartialDate(e.date, locale)} · ${eventTitle(e, contentLang).text}`;
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
      <h2>{t('saved.events')}</h2>
      {saved?.length ? (
        <ul class="crl-saved-list">
          {saved.map((s) => (
            <li key={s.id} data-event-id={s.id} data-event-date={s.event?.date}>
              {s.event ? <button type="button" class="crl-link" onClick={open(s.id)}>{label(s.event)}</button> : <span>{s.id}</span>}
              {s.orphaned && <span class="crl-flag">{t('saved.orphan')}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="crl-muted">{t('saved.empty')}</p>
      )}

      <h2>{t('saved.notes')}</h2>
      {notes?.length ? (
        <ul class="crl-saved-list" data-testid="notes-list">
          {notes.map((n) => (
            <li key={n.id}>
              <span class="crl-muted">{t(n.targetType === 'event' ? 'saved.noteOnEvent' : 'saved.noteOnEntity', { id: n.targetId })}</span>
              {n.orphaned && <span class="crl-flag">{t('saved.targetOrphan')}</span>}
              <div>{n.text}</div>
              {n.targetType === 'event' && !n.orphaned && <button type="button" class="crl-link" onClick={open(n.targetId)}>{t('saved.open')}</button>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="crl-muted">{t('saved.notesEmpty')}</p>
      )}

      <h2>{t('saved.own')}</h2>
      <button type="button" onClick={() => setEditing('new')} data-testid="add-own-event">{t('saved.addOwn')}</button>
      {own?.length ? (
        <ul class="crl-saved-list" data-testid="own-events-list">
          {own.map((e) => (
            <li key={e.id} data-event-id={e.id} data-event-date={e.date}>
              <button type="button" class="crl-link" onClick={open(e.id)}>{label(e)}</button>
              {e.orphanedEntities?.length ? <span class="crl-flag">{t('saved.unknownEntities', { ids: e.orphanedEntities.join(', ') })}</span> : null}
              <div class="crl-note-row">
                <button type="button" onClick={() => setEditing(e)} aria-label={t('saved.editLabel', { title: e.title })}>{t('saved.edit')}</button>
                <button type="button" onClick={() => { if (confirm(t('saved.confirmDelete', { title: e.title }))) void deleteOwnEvent(db, e.id); }} aria-label={t('saved.deleteLabel', { title: e.title })}>{t('saved.delete')}</button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
